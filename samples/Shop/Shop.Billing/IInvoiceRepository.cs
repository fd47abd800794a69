namespace Shop.Billing;

internal interface IInvoiceRepository
{
    Task AddAsync(Invoice invoice, CancellationToken cancellationToken);

    Task<IReadOnlyList<Invoice>> ForCustomerAsync(Guid customerId, CancellationToken cancellationToken);
}
