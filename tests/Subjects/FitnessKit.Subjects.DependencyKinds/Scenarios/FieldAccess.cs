using FitnessKit.Subjects.Targets;

namespace FitnessKit.Subjects.DependencyKinds.FieldAccess;

/// <summary>Reads a static field declared on the target.</summary>
public class Dependent
{
    public int Run() => AccessedTarget.Counter;
}

/// <summary>Reads a static field declared on a type of its own namespace.</summary>
public class Independent
{
    public int Run() => LocalCounter.Counter;
}

public static class LocalCounter
{
    public static int Counter;
}
