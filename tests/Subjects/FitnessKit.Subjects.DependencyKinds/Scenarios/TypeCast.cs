using FitnessKit.Subjects.Targets;

namespace FitnessKit.Subjects.DependencyKinds.TypeCast;

/// <summary>Casts a value to the target (castclass).</summary>
public class Dependent
{
    public object Run(object value) => (CastTarget)value;
}

/// <summary>Casts a value to a BCL type.</summary>
public class Independent
{
    public object Run(object value) => (string)value;
}
