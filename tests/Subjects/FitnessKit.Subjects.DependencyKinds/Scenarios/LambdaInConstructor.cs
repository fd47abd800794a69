using FitnessKit.Subjects.Targets;

namespace FitnessKit.Subjects.DependencyKinds.LambdaInConstructor;

/// <summary>Stores, in its constructor, a lambda that calls the target: attributed to the constructor.</summary>
public class Dependent
{
    private readonly Func<int> _compute;

    public Dependent()
    {
        _compute = () => LambdaInConstructorTarget.Compute();
    }
}

/// <summary>Stores, in its constructor, a lambda that calls a BCL method.</summary>
public class Independent
{
    private readonly Func<int> _compute;

    public Independent()
    {
        _compute = () => Math.Abs(-1);
    }
}
