using FitnessKit.Subjects.Targets;

namespace FitnessKit.Subjects.DependencyKinds.PropertyType;

/// <summary>Has a get-only property of the target type, without a backing field.</summary>
public class Dependent
{
    public PropertyTarget? Value => null;
}

/// <summary>Has a get-only property of a BCL type, without a backing field.</summary>
public class Independent
{
    public string? Value => null;
}
