using FitnessKit.Subjects.Targets;

namespace FitnessKit.Subjects.DependencyKinds.ArrayCreation;

/// <summary>Creates an array of the target (newarr) and returns it as <see cref="object"/>.</summary>
public class Dependent
{
    public object Run() => new ArrayCreationTarget[3];
}

/// <summary>Creates an array of a BCL type.</summary>
public class Independent
{
    public object Run() => new string[3];
}
