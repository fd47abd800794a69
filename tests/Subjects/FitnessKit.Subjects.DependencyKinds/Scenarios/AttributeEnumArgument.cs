using FitnessKit.Subjects.Targets;

namespace FitnessKit.Subjects.DependencyKinds.AttributeEnumArgument;

/// <summary>
/// Carries an attribute of its own namespace whose <see cref="object"/> argument is a value of the target enum: the
/// attribute blob names the enum type.
/// </summary>
[Setting(ModeTarget.Fast)]
public class Dependent
{
}

/// <summary>Carries the same attribute with a value of an enum of its own namespace.</summary>
[Setting(LocalMode.Fast)]
public class Independent
{
}

public enum LocalMode
{
    Slow,
    Fast,
}

[AttributeUsage(AttributeTargets.Class)]
public sealed class SettingAttribute(object value) : Attribute
{
    public object Value { get; } = value;
}
