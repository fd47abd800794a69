using FitnessKit.Subjects.Targets;

namespace FitnessKit.Subjects.DependencyKinds.Closure;

/// <summary>Returns a lambda that captures a local and calls the target: the call lives in a display class.</summary>
public class Dependent
{
    public Func<int> Run()
    {
        int seed = Environment.ProcessorCount;
        return () => seed + ClosureTarget.Compute();
    }
}

/// <summary>Returns a lambda that captures a local and calls a BCL method.</summary>
public class Independent
{
    public Func<int> Run()
    {
        int seed = Environment.ProcessorCount;
        return () => seed + Math.Abs(-1);
    }
}
