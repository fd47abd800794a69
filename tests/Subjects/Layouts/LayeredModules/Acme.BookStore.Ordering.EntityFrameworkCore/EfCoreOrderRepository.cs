using Acme.BookStore.Ordering.Orders;
using Microsoft.EntityFrameworkCore;

namespace Acme.BookStore.Ordering.EntityFrameworkCore;

/// <summary>The module's repository over its own DbContext; registered by the host.</summary>
public class EfCoreOrderRepository(OrderingDbContext context) : IOrderRepository
{
    public Task<Order?> FindAsync(Guid id) => context.Orders.Include(o => o.Lines).FirstOrDefaultAsync(o => o.Id == id);

    public Task<List<Order>> GetPlacedSinceAsync(DateTime since) => context.Orders.Where(o => o.Status == OrderStatus.Placed).ToListAsync();
}
