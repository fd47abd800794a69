namespace FitnessKit.Subjects.Targets;

/// <summary>Reached by the scenario StaticLocalFunction.</summary>
public static class StaticLocalFunctionTarget
{
    public static int Compute() => 1;
}
