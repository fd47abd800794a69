using FitnessKit.Subjects.Targets;

namespace FitnessKit.Subjects.DependencyKinds.ByRefParameters;

/// <summary>Has a method that takes one target by <c>ref</c>, one by <c>out</c> and one by <c>in</c>.</summary>
public class Dependent
{
    public void Run(ref RefTarget first, out OutTarget? second, in InTarget third)
    {
        second = null;
    }
}

/// <summary>Has a method of the same shape over BCL types.</summary>
public class Independent
{
    public void Run(ref string first, out string? second, in string third)
    {
        second = null;
    }
}
