namespace FitnessKit.Subjects.Rules.Shipping.Wiring;

/// <summary>Declares a message type that Shipping's handlers consume; a host reads these attributes to subscribe them.</summary>
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = true)]
public sealed class ConsumesAttribute(Type message) : Attribute
{
    public Type Message { get; } = message;
}
