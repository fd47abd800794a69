namespace FitnessKit.Subjects.Targets;

/// <summary>Reached by the scenario StaticLambda.</summary>
public static class StaticLambdaTarget
{
    public static int Compute() => 1;
}
