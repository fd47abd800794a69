using FitnessKit.Subjects.Targets;

namespace FitnessKit.Subjects.DependencyKinds.ReturnType;

/// <summary>Has a method that returns the target.</summary>
public class Dependent
{
    public ReturnTarget? Run() => null;
}

/// <summary>Has a method that returns a BCL type.</summary>
public class Independent
{
    public string? Run() => null;
}
