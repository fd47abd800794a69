using System.Runtime.CompilerServices;

using FitnessKit.Subjects.Targets;

namespace FitnessKit.Subjects.DependencyKinds.GenericArgument;

/// <summary>Calls a BCL generic method, whose signature never mentions its type argument, with the target as that argument.</summary>
public class Dependent
{
    public bool Run() => RuntimeHelpers.IsReferenceOrContainsReferences<GenericArgumentTarget>();
}

/// <summary>Calls the same generic method with a BCL type.</summary>
public class Independent
{
    public bool Run() => RuntimeHelpers.IsReferenceOrContainsReferences<string>();
}
