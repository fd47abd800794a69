using FitnessKit.Subjects.Targets;

namespace FitnessKit.Subjects.DependencyKinds.NestedType;

/// <summary>Holds nothing itself: its nested type <see cref="Inner"/> holds a field of the target.</summary>
public class Dependent
{
    public class Inner
    {
        private NestedTarget? _target;
    }
}

/// <summary>Has a nested type of the same shape that holds a field of a BCL type.</summary>
public class Independent
{
    public class Inner
    {
        private string? _target;
    }
}
