using FitnessKit.Subjects.Targets;

namespace FitnessKit.Subjects.DependencyKinds.ConstrainedCall;

/// <summary>Calls an inherited virtual method on a value of the target struct (constrained. prefix).</summary>
public class Dependent
{
    public string? Run(ConstrainedCallTarget value) => value.ToString();
}

/// <summary>Calls an inherited virtual method on a value of a struct of its own namespace.</summary>
public class Independent
{
    public string? Run(LocalValue value) => value.ToString();
}

public struct LocalValue
{
    public int Number;
}
