namespace Shop.Billing.Contracts;

public sealed record InvoiceDto(Guid Id, Guid OrderId, Guid CustomerId, decimal Amount, DateTimeOffset IssuedAt);
