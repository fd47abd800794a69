using FitnessKit.Subjects.Targets;

namespace FitnessKit.Subjects.DependencyKinds.SizeOf;

/// <summary>Takes the size of the target struct (the sizeof instruction).</summary>
public class Dependent
{
    public unsafe int Run() => sizeof(SizeOfTarget);
}

/// <summary>Takes the size of a struct of its own namespace.</summary>
public class Independent
{
    public unsafe int Run() => sizeof(LocalSize);
}

public struct LocalSize
{
    public int Number;
}
