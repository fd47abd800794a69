// Compliant twin of EntityInContract: the entity lives beside the DbContext; the contract holds a DTO.
namespace FitnessKit.Subjects.Contracts.EntityInContractTwin.Orders.Contracts
{
    public sealed record OrderDto(Guid Id);
}

namespace FitnessKit.Subjects.Contracts.EntityInContractTwin.Orders.Persistence
{
    using Microsoft.EntityFrameworkCore;

    internal sealed class OrderRow
    {
        public Guid Id { get; set; }
    }

    internal sealed class OrdersDbContext(DbContextOptions<OrdersDbContext> options) : DbContext(options)
    {
        public DbSet<OrderRow> Orders => Set<OrderRow>();
    }
}
