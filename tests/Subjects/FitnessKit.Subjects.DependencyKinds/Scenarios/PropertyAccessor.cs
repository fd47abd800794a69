using FitnessKit.Subjects.Targets;

namespace FitnessKit.Subjects.DependencyKinds.PropertyAccessor;

/// <summary>Calls the target in the getter of <see cref="Value"/>: attributed to the property, not to get_Value.</summary>
public class Dependent
{
    public int Value => AccessorTarget.Compute();
}

/// <summary>Calls a BCL method in the getter of a property.</summary>
public class Independent
{
    public int Value => Math.Abs(-1);
}
