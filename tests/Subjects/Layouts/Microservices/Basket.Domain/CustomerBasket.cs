namespace Basket.Domain;

public sealed class CustomerBasket
{
    public string BuyerId { get; init; } = "";

    public List<string> Items { get; } = [];
}
