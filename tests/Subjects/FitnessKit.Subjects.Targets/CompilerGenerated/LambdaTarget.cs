namespace FitnessKit.Subjects.Targets;

/// <summary>Reached by the scenario Lambda.</summary>
public static class LambdaTarget
{
    public static int Compute() => 1;
}
