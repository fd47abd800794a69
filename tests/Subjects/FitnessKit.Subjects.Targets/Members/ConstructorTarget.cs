namespace FitnessKit.Subjects.Targets;

/// <summary>Reached by the scenario Constructor.</summary>
public static class ConstructorTarget
{
    public static void Touch()
    {
    }
}
