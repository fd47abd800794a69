using FitnessKit.Subjects.Rules.Ordering.Contracts;

namespace FitnessKit.Subjects.Rules.Shipping.DomainFieldOnlyTwin;

/// <summary>Holds the same instructions as Ordering's DeliveryInstructionsChanged contract event.</summary>
public sealed class CourierBriefing
{
    private DeliveryInstructionsChanged? _instructions;
}
