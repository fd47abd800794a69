using Ordering.Infrastructure;

namespace Basket.API.Scenarios;

/// <summary>Planted FK008: Basket queries Ordering's DbContext.</summary>
public sealed class ReadsTheOrderingContext
{
    public int CountOrders(OrderingContext ordering) => ordering.OrderIds.Count();
}
