using FitnessKit.Subjects.Targets;

namespace FitnessKit.Subjects.DependencyKinds.GenericConstraintOnMethod;

/// <summary>Constrains the generic parameter of <see cref="Run{T}"/> to the target.</summary>
public class Dependent
{
    public void Run<T>()
        where T : IMethodConstraintTarget
    {
    }
}

/// <summary>Constrains the generic parameter of <see cref="Run{T}"/> to a BCL interface.</summary>
public class Independent
{
    public void Run<T>()
        where T : IDisposable
    {
    }
}
