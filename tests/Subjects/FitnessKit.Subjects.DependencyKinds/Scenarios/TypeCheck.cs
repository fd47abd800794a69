using FitnessKit.Subjects.Targets;

namespace FitnessKit.Subjects.DependencyKinds.TypeCheck;

/// <summary>Tests whether a value is the target (isinst).</summary>
public class Dependent
{
    public bool Run(object value) => value is TypeCheckTarget;
}

/// <summary>Tests whether a value is a BCL type.</summary>
public class Independent
{
    public bool Run(object value) => value is string;
}
