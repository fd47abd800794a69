using Microsoft.EntityFrameworkCore;

namespace Shop.Customers.Infrastructure;

internal sealed class CustomerRepository(DbContextOptions<CustomersDbContext> options) : ICustomerRepository
{
    public async Task AddAsync(Customer customer, CancellationToken cancellationToken)
    {
        await using var db = new CustomersDbContext(options);
        db.Customers.Add(customer);
        await db.SaveChangesAsync(cancellationToken);
    }
}
