using FitnessKit.Subjects.Rules.SharedEntities;
using Microsoft.EntityFrameworkCore;

namespace FitnessKit.Subjects.Rules.Ordering.SharedCustomerMapping;

/// <summary>One of the two mappers behind FK002: Ordering maps SharedCustomer from the shared package (Shipping maps it too). The DbContext itself is internal.</summary>
internal sealed class CustomerDbContext(DbContextOptions<CustomerDbContext> options) : DbContext(options)
{
    public DbSet<SharedCustomer> Customers => Set<SharedCustomer>();
}
