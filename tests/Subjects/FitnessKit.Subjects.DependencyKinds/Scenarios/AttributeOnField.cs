using FitnessKit.Subjects.Targets;

namespace FitnessKit.Subjects.DependencyKinds.AttributeOnField;

/// <summary>Has a field that carries the target attribute.</summary>
public class Dependent
{
    [FieldMarker]
    private int _value;
}

/// <summary>Has a field that carries an attribute of its own namespace.</summary>
public class Independent
{
    [LocalMarker]
    private int _value;
}

[AttributeUsage(AttributeTargets.Field)]
public sealed class LocalMarkerAttribute : Attribute
{
}
