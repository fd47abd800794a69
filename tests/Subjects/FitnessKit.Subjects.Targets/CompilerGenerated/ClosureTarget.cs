namespace FitnessKit.Subjects.Targets;

/// <summary>Reached by the scenario Closure.</summary>
public static class ClosureTarget
{
    public static int Compute() => 1;
}
