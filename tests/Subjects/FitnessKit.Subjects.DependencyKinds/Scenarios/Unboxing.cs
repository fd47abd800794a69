using FitnessKit.Subjects.Targets;

namespace FitnessKit.Subjects.DependencyKinds.Unboxing;

/// <summary>Unboxes a value of the target struct (unbox.any).</summary>
public class Dependent
{
    public UnboxTarget Run(object value) => (UnboxTarget)value;
}

/// <summary>Unboxes a value of a BCL struct.</summary>
public class Independent
{
    public int Run(object value) => (int)value;
}
