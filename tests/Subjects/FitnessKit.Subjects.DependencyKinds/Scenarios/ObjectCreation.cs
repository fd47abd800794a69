using FitnessKit.Subjects.Targets;

namespace FitnessKit.Subjects.DependencyKinds.ObjectCreation;

/// <summary>Creates an instance of the target (newobj, and no separate call of its constructor).</summary>
public class Dependent
{
    public object Run() => new CreatedTarget();
}

/// <summary>Creates an instance of a BCL type.</summary>
public class Independent
{
    public object Run() => new object();
}
