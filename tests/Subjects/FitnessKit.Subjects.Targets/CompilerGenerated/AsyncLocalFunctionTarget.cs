namespace FitnessKit.Subjects.Targets;

/// <summary>Reached by the scenario AsyncLocalFunctionInClosure.</summary>
public static class AsyncLocalFunctionTarget
{
    public static int Compute() => 1;
}
