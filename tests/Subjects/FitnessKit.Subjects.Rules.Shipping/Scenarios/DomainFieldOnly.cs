using FitnessKit.Subjects.Rules.Ordering.Domain;

namespace FitnessKit.Subjects.Rules.Shipping.DomainFieldOnly;

/// <summary>FK001: holds Ordering's DeliveryInstructions in a field and nowhere else; the field alone couples Shipping to Ordering's model.</summary>
public sealed class CourierBriefing
{
    private DeliveryInstructions? _instructions;
}
