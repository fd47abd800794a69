using FitnessKit.Subjects.Targets;

namespace FitnessKit.Subjects.DependencyKinds.MethodCall;

/// <summary>Calls a static method of the target.</summary>
public class Dependent
{
    public int Run() => CalledTarget.Compute();
}

/// <summary>Calls a static method of a BCL type.</summary>
public class Independent
{
    public int Run() => Math.Abs(-1);
}
