using FitnessKit.Subjects.Init.LayerFolders.Domain.Orders;
using Microsoft.EntityFrameworkCore;

namespace FitnessKit.Subjects.Init.LayerFolders.Infrastructure.Orders;

/// <summary>A DbContext in a folder of the Infrastructure layer: the layer's folder, not a module's.</summary>
public sealed class OrdersDbContext(DbContextOptions<OrdersDbContext> options) : DbContext(options)
{
    public DbSet<Order> Orders => Set<Order>();
}
