using FitnessKit.Subjects.Targets;

namespace FitnessKit.Subjects.DependencyKinds.Boxing;

/// <summary>Boxes a value of the target struct.</summary>
public class Dependent
{
    public object Run(BoxTarget value) => value;
}

/// <summary>Boxes a value of a BCL struct.</summary>
public class Independent
{
    public object Run(int value) => value;
}
