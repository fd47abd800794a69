namespace FitnessKit.Subjects.Rules.Ordering.Contracts.ContractExposesEntityTwin;

/// <summary>The same details as a contract DTO: plain values that Ordering maps from its own storage.</summary>
public sealed class OrderDetails
{
    public Guid OrderId { get; init; }

    public string CustomerName { get; init; } = string.Empty;

    public decimal Total { get; init; }
}
