namespace FitnessKit.Subjects.Targets;

/// <summary>Reached by the scenario FieldAccess.</summary>
public static class AccessedTarget
{
    public static int Counter;
}
