using FitnessKit.Subjects.Targets;

namespace FitnessKit.Subjects.DependencyKinds.LocalFunction;

/// <summary>Calls the target from a local function that captures a local (by a struct display class passed by ref).</summary>
public class Dependent
{
    public int Run()
    {
        int seed = Environment.ProcessorCount;
        return Add();

        int Add() => seed + LocalFunctionTarget.Compute();
    }
}

/// <summary>Calls a BCL method from a local function that captures a local.</summary>
public class Independent
{
    public int Run()
    {
        int seed = Environment.ProcessorCount;
        return Add();

        int Add() => seed + Math.Abs(-1);
    }
}
