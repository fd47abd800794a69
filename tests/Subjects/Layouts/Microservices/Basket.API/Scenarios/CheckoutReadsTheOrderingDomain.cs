using Basket.Domain;
using Ordering.Domain.AggregatesModel;

namespace Basket.API.Scenarios;

/// <summary>Planted FK001: Basket builds Ordering's aggregate itself instead of publishing a checkout event.</summary>
public sealed class CheckoutReadsTheOrderingDomain
{
    public Order Checkout(CustomerBasket basket) => new() { BuyerId = basket.BuyerId };
}
