using Microsoft.EntityFrameworkCore;

namespace Shop.Billing.Infrastructure;

internal sealed class InvoiceRepository(DbContextOptions<BillingDbContext> options) : IInvoiceRepository
{
    public async Task AddAsync(Invoice invoice, CancellationToken cancellationToken)
    {
        await using var db = new BillingDbContext(options);
        db.Invoices.Add(invoice);
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<Invoice>> ForCustomerAsync(Guid customerId, CancellationToken cancellationToken)
    {
        await using var db = new BillingDbContext(options);
        return await db.Invoices.AsNoTracking()
            .Where(invoice => invoice.CustomerId == customerId)
            .ToListAsync(cancellationToken);
    }
}
