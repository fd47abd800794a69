using FitnessKit.Subjects.Rules.SharedEntities;
using Microsoft.EntityFrameworkCore;

namespace FitnessKit.Subjects.Rules.Shipping.SharedCustomerMapping;

/// <summary>The second mapper behind FK002: Shipping maps SharedCustomer from the shared package, as Ordering does. The DbContext itself is internal.</summary>
internal sealed class ShippingDbContext(DbContextOptions<ShippingDbContext> options) : DbContext(options)
{
    public DbSet<SharedCustomer> Recipients => Set<SharedCustomer>();
}
