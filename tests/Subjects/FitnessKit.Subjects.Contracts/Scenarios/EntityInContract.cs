// Planted (FK011): Orders' contract namespace carries an entity that Orders' DbContext maps. The entity is internal,
// so FK003 (which judges public persistence types) has nothing to say; the contract still carries Orders' storage model.
namespace FitnessKit.Subjects.Contracts.EntityInContract.Orders.Contracts
{
    public sealed record OrderDto(Guid Id);

    internal sealed class OrderRow
    {
        public Guid Id { get; set; }
    }
}

namespace FitnessKit.Subjects.Contracts.EntityInContract.Orders.Persistence
{
    using FitnessKit.Subjects.Contracts.EntityInContract.Orders.Contracts;
    using Microsoft.EntityFrameworkCore;

    internal sealed class OrdersDbContext(DbContextOptions<OrdersDbContext> options) : DbContext(options)
    {
        public DbSet<OrderRow> Orders => Set<OrderRow>();
    }
}
