namespace FitnessKit.Subjects.Targets;

/// <summary>Reached by the scenario StaticConstructor.</summary>
public static class StaticConstructorTarget
{
    public static void Touch()
    {
    }
}
