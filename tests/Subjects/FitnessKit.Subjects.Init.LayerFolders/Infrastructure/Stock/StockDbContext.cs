using FitnessKit.Subjects.Init.LayerFolders.Domain.Stock;
using Microsoft.EntityFrameworkCore;

namespace FitnessKit.Subjects.Init.LayerFolders.Infrastructure.Stock;

/// <summary>The second DbContext, in the Infrastructure layer's other folder.</summary>
public sealed class StockDbContext(DbContextOptions<StockDbContext> options) : DbContext(options)
{
    public DbSet<StockItem> Items => Set<StockItem>();
}
