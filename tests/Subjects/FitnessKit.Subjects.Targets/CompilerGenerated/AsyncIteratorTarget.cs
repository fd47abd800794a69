namespace FitnessKit.Subjects.Targets;

/// <summary>Reached by the scenario AsyncIterator.</summary>
public static class AsyncIteratorTarget
{
    public static int Compute() => 1;
}
