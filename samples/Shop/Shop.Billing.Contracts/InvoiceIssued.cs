using Shop.SharedKernel;

namespace Shop.Billing.Contracts;

public sealed record InvoiceIssued(Guid InvoiceId, Guid OrderId, Guid CustomerId, decimal Amount) : IIntegrationEvent;
