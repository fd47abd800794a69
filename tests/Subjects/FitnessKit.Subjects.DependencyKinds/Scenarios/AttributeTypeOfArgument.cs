using FitnessKit.Subjects.Targets;

namespace FitnessKit.Subjects.DependencyKinds.AttributeTypeOfArgument;

/// <summary>Carries an attribute of its own namespace whose argument is <c>typeof</c> the target.</summary>
[Described(typeof(DescribedTarget))]
public class Dependent
{
}

/// <summary>Carries the same attribute with <c>typeof</c> a BCL type.</summary>
[Described(typeof(string))]
public class Independent
{
}

[AttributeUsage(AttributeTargets.Class)]
public sealed class DescribedAttribute(Type type) : Attribute
{
    public Type Type { get; } = type;
}
