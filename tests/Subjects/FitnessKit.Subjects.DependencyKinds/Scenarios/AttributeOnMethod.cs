using FitnessKit.Subjects.Targets;

namespace FitnessKit.Subjects.DependencyKinds.AttributeOnMethod;

/// <summary>Has a method that carries the target attribute.</summary>
public class Dependent
{
    [MethodMarker]
    public void Run()
    {
    }
}

/// <summary>Has a method that carries a BCL attribute.</summary>
public class Independent
{
    [Obsolete("Compliant twin: a BCL attribute.")]
    public void Run()
    {
    }
}
