using Microsoft.EntityFrameworkCore;

namespace FitnessKit.Subjects.Init.Infrastructure.Orders;

public sealed class OrderRow
{
    public Guid Id { get; set; }
}

/// <summary>The Orders feature's DbContext, in the infrastructure project's folder for it.</summary>
public sealed class OrdersDbContext(DbContextOptions<OrdersDbContext> options) : DbContext(options)
{
    public DbSet<OrderRow> Orders => Set<OrderRow>();
}
