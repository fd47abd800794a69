namespace FitnessKit.Subjects.Targets;

/// <summary>Reached by the scenario AsyncLambda.</summary>
public static class AsyncLambdaTarget
{
    public static int Compute() => 1;
}
