using FitnessKit.Subjects.Targets;

namespace FitnessKit.Subjects.DependencyKinds.AttributeOnReturnValue;

/// <summary>Has a method whose return value carries the target attribute.</summary>
public class Dependent
{
    [return: ReturnMarker]
    public int Run() => 0;
}

/// <summary>Has a method whose return value carries an attribute of its own namespace.</summary>
public class Independent
{
    [return: LocalMarker]
    public int Run() => 0;
}

[AttributeUsage(AttributeTargets.ReturnValue)]
public sealed class LocalMarkerAttribute : Attribute
{
}
