using Microsoft.EntityFrameworkCore;

namespace Shop.Orders.Infrastructure;

internal sealed class OrderRepository(DbContextOptions<OrdersDbContext> options) : IOrderRepository
{
    public async Task AddAsync(Order order, CancellationToken cancellationToken)
    {
        await using var db = new OrdersDbContext(options);
        db.Orders.Add(order);
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task AddCustomerAsync(KnownCustomer customer, CancellationToken cancellationToken)
    {
        await using var db = new OrdersDbContext(options);
        db.KnownCustomers.Add(customer);
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task<KnownCustomer?> FindCustomerAsync(Guid customerId, CancellationToken cancellationToken)
    {
        await using var db = new OrdersDbContext(options);
        return await db.KnownCustomers.AsNoTracking()
            .SingleOrDefaultAsync(customer => customer.Id == customerId, cancellationToken);
    }
}
