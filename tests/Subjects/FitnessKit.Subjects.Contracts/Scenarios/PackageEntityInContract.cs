// Planted (FK003): Orders' contract exposes the customer of a shared entities package, which Orders' DbContext maps.
// The package is not among the assemblies inspected: only the DbSet says that its customer is a persistence type.
namespace FitnessKit.Subjects.Contracts.PackageEntityInContract.Orders.Contracts
{
    using FitnessKit.Subjects.Rules.SharedEntities;

    public sealed record CustomerMoved(Guid OrderId, SharedCustomer Customer);
}

namespace FitnessKit.Subjects.Contracts.PackageEntityInContract.Orders.Persistence
{
    using FitnessKit.Subjects.Rules.SharedEntities;
    using Microsoft.EntityFrameworkCore;

    internal sealed class OrdersDbContext(DbContextOptions<OrdersDbContext> options) : DbContext(options)
    {
        public DbSet<SharedCustomer> Customers => Set<SharedCustomer>();
    }
}
