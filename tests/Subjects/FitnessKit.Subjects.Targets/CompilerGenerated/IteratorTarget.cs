namespace FitnessKit.Subjects.Targets;

/// <summary>Reached by the scenario Iterator.</summary>
public static class IteratorTarget
{
    public static int Compute() => 1;
}
