namespace Shop.Reporting;

/// <summary>One line of the sales dashboard (see <see cref="SalesDashboard"/>).</summary>
public sealed record ShippedOrderRow(Guid OrderId, decimal Total, DateTimeOffset RequestedAt);
