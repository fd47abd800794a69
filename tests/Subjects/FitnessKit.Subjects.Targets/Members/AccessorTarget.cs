namespace FitnessKit.Subjects.Targets;

/// <summary>Reached by the scenario PropertyAccessor.</summary>
public static class AccessorTarget
{
    public static int Compute() => 1;
}
