namespace FitnessKit.Subjects.Targets;

/// <summary>Reached by the scenario LocalFunction.</summary>
public static class LocalFunctionTarget
{
    public static int Compute() => 1;
}
