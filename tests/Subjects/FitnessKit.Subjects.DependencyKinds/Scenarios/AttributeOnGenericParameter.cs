using FitnessKit.Subjects.Targets;

namespace FitnessKit.Subjects.DependencyKinds.AttributeOnGenericParameter;

/// <summary>Has a generic method whose generic parameter carries the target attribute.</summary>
public class Dependent
{
    public void Run<[GenericParameterMarker] T>()
    {
    }
}

/// <summary>Has a generic method whose generic parameter carries an attribute of its own namespace.</summary>
public class Independent
{
    public void Run<[LocalMarker] T>()
    {
    }
}

[AttributeUsage(AttributeTargets.GenericParameter)]
public sealed class LocalMarkerAttribute : Attribute
{
}
