using FitnessKit.Subjects.Targets;

namespace FitnessKit.Subjects.DependencyKinds.AttributeOnProperty;

/// <summary>Has a property that carries the target attribute.</summary>
public class Dependent
{
    [PropertyMarker]
    public int Value => 0;
}

/// <summary>Has a property that carries an attribute of its own namespace.</summary>
public class Independent
{
    [LocalMarker]
    public int Value => 0;
}

[AttributeUsage(AttributeTargets.Property)]
public sealed class LocalMarkerAttribute : Attribute
{
}
