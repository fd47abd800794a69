using Shop.Billing.Contracts;
using Shop.Orders.Contracts;
using Shop.SharedKernel;

namespace Shop.Billing;

internal sealed class BillingService(IInvoiceRepository invoices, IEventBus bus, TimeProvider clock) : IBillingService
{
    public async Task<IReadOnlyList<InvoiceDto>> InvoicesForCustomerAsync(
        Guid customerId,
        CancellationToken cancellationToken = default)
    {
        var issued = await invoices.ForCustomerAsync(customerId, cancellationToken);
        return [.. issued.Select(invoice =>
            new InvoiceDto(invoice.Id, invoice.OrderId, invoice.CustomerId, invoice.Amount, invoice.IssuedAt))];
    }

    /// <summary>Bills the total that Orders published with <see cref="OrderPlaced"/>: pricing is Orders' business.</summary>
    public async Task IssueInvoiceAsync(OrderPlaced placed, CancellationToken cancellationToken)
    {
        var invoice = new Invoice(Guid.NewGuid(), placed.OrderId, placed.CustomerId, placed.Total, clock.GetUtcNow());
        await invoices.AddAsync(invoice, cancellationToken);
        await bus.PublishAsync(
            new InvoiceIssued(invoice.Id, invoice.OrderId, invoice.CustomerId, invoice.Amount),
            cancellationToken);
    }
}
