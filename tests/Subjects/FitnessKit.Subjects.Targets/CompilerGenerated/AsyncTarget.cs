namespace FitnessKit.Subjects.Targets;

/// <summary>Reached by the scenario AsyncMethod.</summary>
public static class AsyncTarget
{
    public static int Compute() => 1;
}
