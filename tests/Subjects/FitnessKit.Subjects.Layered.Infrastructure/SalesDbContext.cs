using FitnessKit.Subjects.Layered.Domain;
using Microsoft.EntityFrameworkCore;

namespace FitnessKit.Subjects.Layered.Infrastructure;

/// <summary>FK003: a public DbContext that nothing outside this assembly uses, so <c>internal</c> is the whole fix.</summary>
#region layered-sales-dbcontext
public sealed class SalesDbContext(DbContextOptions<SalesDbContext> options) : DbContext(options)
{
    public DbSet<Order> Orders => Set<Order>();

    public DbSet<Customer> Customers => Set<Customer>();
}
#endregion
