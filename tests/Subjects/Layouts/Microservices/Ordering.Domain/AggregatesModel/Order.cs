namespace Ordering.Domain.AggregatesModel;

public sealed class Order
{
    public Guid Id { get; init; } = Guid.NewGuid();

    public string BuyerId { get; init; } = "";
}
