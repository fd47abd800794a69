using FitnessKit.Subjects.Targets;

namespace FitnessKit.Subjects.DependencyKinds.AttributeLocalArguments;

/// <summary>
/// Carries an attribute whose arguments name types of its own assembly before the target: <c>typeof</c> a nested
/// type and a value of a one-byte enum. The blob writes both without an assembly, and the enum's value in one byte:
/// the target's name after it is read only if the enum is found here and its width read from it.
/// </summary>
[Tagged(typeof(Holder.Nested), Size.Large, typeof(DescribedTarget))]
public class Dependent
{
}

/// <summary>Carries the same attribute with <c>typeof</c> a BCL type last.</summary>
[Tagged(typeof(Holder.Nested), Size.Large, typeof(string))]
public class Independent
{
}

public static class Holder
{
    public sealed class Nested
    {
    }
}

public enum Size : byte
{
    Small,
    Large,
}

[AttributeUsage(AttributeTargets.Class)]
public sealed class TaggedAttribute(Type local, Size size, Type other) : Attribute
{
    public Type Local { get; } = local;

    public Size Size { get; } = size;

    public Type Other { get; } = other;
}
