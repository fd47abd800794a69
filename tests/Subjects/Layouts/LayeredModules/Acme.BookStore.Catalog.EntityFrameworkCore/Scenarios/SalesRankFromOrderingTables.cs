using Microsoft.EntityFrameworkCore;

namespace Acme.BookStore.Catalog.EntityFrameworkCore;

/// <summary>Planted FK004: Catalog's SQL reads Ordering's tables, which Ordering maps with its prefix.</summary>
public class SalesRankFromOrderingTables(CatalogDbContext context)
{
    public Task<int> RecountAsync() => context.Database.ExecuteSqlRawAsync(
        "UPDATE p SET p.[SoldLastWeek] = s.[Sold] FROM [catalog].[CatalogProducts] p "
        + "JOIN (SELECT l.[ProductId], SUM(l.[Quantity]) AS [Sold] FROM [OrderingOrderLines] l GROUP BY l.[ProductId]) s ON s.[ProductId] = p.[Id]");
}
