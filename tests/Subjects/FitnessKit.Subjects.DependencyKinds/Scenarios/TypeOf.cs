using FitnessKit.Subjects.Targets;

namespace FitnessKit.Subjects.DependencyKinds.TypeOf;

/// <summary>Takes the runtime type of the target.</summary>
public class Dependent
{
    public Type Run() => typeof(TypeOfTarget);
}

/// <summary>Takes the runtime type of a BCL type.</summary>
public class Independent
{
    public Type Run() => typeof(string);
}
