using Microsoft.EntityFrameworkCore;

namespace FitnessKit.Subjects.Init.Infrastructure.Stock;

public sealed class StockRow
{
    public string Sku { get; set; } = "";
}

/// <summary>The Stock feature's DbContext, in the infrastructure project's other folder.</summary>
public sealed class StockDbContext(DbContextOptions<StockDbContext> options) : DbContext(options)
{
    public DbSet<StockRow> Items => Set<StockRow>();
}
