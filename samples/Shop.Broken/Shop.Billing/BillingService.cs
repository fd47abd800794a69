// PLANTED VIOLATION (FK001): Billing re-prices orders with Orders' domain type Shop.Orders.PricingPolicy, inside an async lambda, through a ProjectReference to Shop.Orders.
using Shop.Billing.Contracts;
using Shop.Orders;
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

    /// <summary>"Use the same discount as Orders", off the bus's thread: re-prices the lines with Orders' own policy.</summary>
    public Task IssueInvoiceAsync(OrderPlaced placed, CancellationToken cancellationToken) =>
        Task.Run(
            async () =>
            {
                var amount = PricingPolicy.Standard.ApplyTo(placed.Lines.Sum(line => line.Quantity * line.UnitPrice));
                var invoice = new Invoice(Guid.NewGuid(), placed.OrderId, placed.CustomerId, amount, clock.GetUtcNow());
                await invoices.AddAsync(invoice, cancellationToken);
                await bus.PublishAsync(
                    new InvoiceIssued(invoice.Id, invoice.OrderId, invoice.CustomerId, invoice.Amount),
                    cancellationToken);
            },
            cancellationToken);
}
