using FitnessKit.Subjects.Targets;

namespace FitnessKit.Subjects.DependencyKinds.GenericConstraintOnClass;

/// <summary>Constrains its own generic parameter to the target.</summary>
public class Dependent<T>
    where T : IConstraintTarget
{
}

/// <summary>Constrains its own generic parameter to a BCL interface.</summary>
public class Independent<T>
    where T : IDisposable
{
}
