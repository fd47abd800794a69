using Acme.Shop.BuildingBlocks.Infrastructure;

namespace Acme.Shop.Modules.Orders.Application;

/// <summary>
/// Compliant: Orders' read side queries its own view, orders.v_Orders, which a migration script creates and no EF Core
/// model maps; schema orders holds all of Orders' mappings, so the view is Orders'.
/// </summary>
public sealed class OrderSummariesQuery(ISqlConnectionFactory connections)
{
    public Task<IReadOnlyList<OrderSummary>> HandleAsync(decimal above) =>
        connections.QueryAsync<OrderSummary>(
            "SELECT [Order].[Id], [Order].[Total] FROM [orders].[v_Orders] AS [Order] WHERE [Order].[Total] > @above", new { above });
}

public sealed record OrderSummary(Guid Id, decimal Total);
