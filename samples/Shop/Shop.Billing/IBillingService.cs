using Shop.Billing.Contracts;

namespace Shop.Billing;

public interface IBillingService
{
    Task<IReadOnlyList<InvoiceDto>> InvoicesForCustomerAsync(Guid customerId, CancellationToken cancellationToken = default);
}
