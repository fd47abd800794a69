namespace FitnessKit.Subjects.Targets;

/// <summary>Reached by the scenario LambdaInPropertyAccessor.</summary>
public static class LambdaInAccessorTarget
{
    public static int Compute() => 1;
}
