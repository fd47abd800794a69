namespace FitnessKit.Subjects.Rules.Ordering.Domain;

/// <summary>Part of Ordering's model: how the customer wants an order delivered. Reached from Shipping only as a field type.</summary>
public sealed class DeliveryInstructions(string text, bool leaveAtDoor)
{
    public string Text { get; } = text;

    public bool LeaveAtDoor { get; } = leaveAtDoor;
}
