using FitnessKit.Subjects.Targets;

namespace FitnessKit.Subjects.DependencyKinds.ArrayField;

/// <summary>Holds an array of the target.</summary>
public class Dependent
{
    private ArrayElementTarget[]? _items;
}

/// <summary>Holds an array of a BCL type.</summary>
public class Independent
{
    private string[]? _items;
}
