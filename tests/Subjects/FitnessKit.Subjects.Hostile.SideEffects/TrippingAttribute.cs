namespace FitnessKit.Subjects.Hostile.SideEffects;

/// <summary>An attribute whose type initializer and constructor write: reading it with reflection would run both.</summary>
[AttributeUsage(AttributeTargets.All)]
public sealed class TrippingAttribute : Attribute
{
    static TrippingAttribute() => Tripwire.Trip("attribute-type-initializer");

    public TrippingAttribute() => Tripwire.Trip("attribute-constructor");
}
