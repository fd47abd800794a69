namespace FitnessKit.Subjects.Targets;

/// <summary>Reached by the scenario LambdaInConstructor.</summary>
public static class LambdaInConstructorTarget
{
    public static int Compute() => 1;
}
