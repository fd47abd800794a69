using FitnessKit.Subjects.Targets;

namespace FitnessKit.Subjects.DependencyKinds.AttributeOnParameter;

/// <summary>Has a method whose parameter carries the target attribute.</summary>
public class Dependent
{
    public void Run([ParameterMarker] int value)
    {
    }
}

/// <summary>Has a method whose parameter carries an attribute of its own namespace.</summary>
public class Independent
{
    public void Run([LocalMarker] int value)
    {
    }
}

[AttributeUsage(AttributeTargets.Parameter)]
public sealed class LocalMarkerAttribute : Attribute
{
}
