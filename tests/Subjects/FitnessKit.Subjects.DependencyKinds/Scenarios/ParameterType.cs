using FitnessKit.Subjects.Targets;

namespace FitnessKit.Subjects.DependencyKinds.ParameterType;

/// <summary>Has a method that takes the target.</summary>
public class Dependent
{
    public void Run(ParameterTarget target)
    {
    }
}

/// <summary>Has a method that takes a BCL type.</summary>
public class Independent
{
    public void Run(string target)
    {
    }
}
