using FitnessKit.Subjects.Targets;

namespace FitnessKit.Subjects.DependencyKinds.LambdaInPropertyAccessor;

/// <summary>Returns from the getter of <see cref="Value"/> a lambda that calls the target: attributed to the property.</summary>
public class Dependent
{
    public Func<int> Value => () => LambdaInAccessorTarget.Compute();
}

/// <summary>Returns from the getter of a property a lambda that calls a BCL method.</summary>
public class Independent
{
    public Func<int> Value => () => Math.Abs(-1);
}
