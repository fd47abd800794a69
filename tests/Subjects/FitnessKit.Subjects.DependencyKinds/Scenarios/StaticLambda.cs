using FitnessKit.Subjects.Targets;

namespace FitnessKit.Subjects.DependencyKinds.StaticLambda;

/// <summary>Returns a static lambda that calls the target.</summary>
public class Dependent
{
    public Func<int> Run() => static () => StaticLambdaTarget.Compute();
}

/// <summary>Returns a static lambda that calls a BCL method.</summary>
public class Independent
{
    public Func<int> Run() => static () => Math.Abs(-1);
}
