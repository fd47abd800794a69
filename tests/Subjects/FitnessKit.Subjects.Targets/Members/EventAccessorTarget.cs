namespace FitnessKit.Subjects.Targets;

/// <summary>Reached by the scenario EventAccessor.</summary>
public static class EventAccessorTarget
{
    public static void Touch()
    {
    }
}
