using FitnessKit.Subjects.Targets;

namespace FitnessKit.Subjects.DependencyKinds.Lambda;

/// <summary>Returns a lambda that calls the target: the call lives in a method of the nested class &lt;&gt;c.</summary>
public class Dependent
{
    public Func<int> Run() => () => LambdaTarget.Compute();
}

/// <summary>Returns a lambda that calls a BCL method.</summary>
public class Independent
{
    public Func<int> Run() => () => Math.Abs(-1);
}
