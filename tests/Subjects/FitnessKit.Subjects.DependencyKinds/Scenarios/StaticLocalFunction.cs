using FitnessKit.Subjects.Targets;

namespace FitnessKit.Subjects.DependencyKinds.StaticLocalFunction;

/// <summary>Calls the target from a static local function.</summary>
public class Dependent
{
    public int Run()
    {
        return Compute();

        static int Compute() => StaticLocalFunctionTarget.Compute();
    }
}

/// <summary>Calls a BCL method from a static local function.</summary>
public class Independent
{
    public int Run()
    {
        return Compute();

        static int Compute() => Math.Abs(-1);
    }
}
