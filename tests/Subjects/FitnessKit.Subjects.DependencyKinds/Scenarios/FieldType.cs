using FitnessKit.Subjects.Targets;

namespace FitnessKit.Subjects.DependencyKinds.FieldType;

/// <summary>Holds a field of the target type.</summary>
public class Dependent
{
    private FieldTarget? _target;
}

/// <summary>Holds a field of a BCL type.</summary>
public class Independent
{
    private string? _target;
}
