using FitnessKit.Subjects.Targets;

namespace FitnessKit.Subjects.DependencyKinds.FieldInitializer;

/// <summary>Calls the target in an instance field initializer, which the compiler moves into the constructor.</summary>
public class Dependent
{
    private readonly int _value = FieldInitializerTarget.Compute();
}

/// <summary>Calls a BCL method in an instance field initializer.</summary>
public class Independent
{
    private readonly int _value = Math.Abs(-1);
}
