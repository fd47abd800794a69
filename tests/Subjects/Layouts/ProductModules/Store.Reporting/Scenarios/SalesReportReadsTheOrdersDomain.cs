using Store.Orders.Domain;

namespace Store.Reporting;

/// <summary>Planted FK001: the sales report reads Orders' entity instead of keeping a projection fed by OrderPlaced.</summary>
public sealed class SalesReport
{
    public decimal Total(IEnumerable<Order> orders) => orders.Sum(o => o.Total);
}
