// Compliant twin of PackageEntityInContract: Orders maps the package's customer and its contract carries only the data
// consumers need.
namespace FitnessKit.Subjects.Contracts.PackageEntityInContractTwin.Orders.Contracts
{
    public sealed record CustomerMoved(Guid OrderId, Guid CustomerId, string Address);
}

namespace FitnessKit.Subjects.Contracts.PackageEntityInContractTwin.Orders.Persistence
{
    using FitnessKit.Subjects.Rules.SharedEntities;
    using Microsoft.EntityFrameworkCore;

    internal sealed class OrdersDbContext(DbContextOptions<OrdersDbContext> options) : DbContext(options)
    {
        public DbSet<SharedCustomer> Customers => Set<SharedCustomer>();
    }
}
