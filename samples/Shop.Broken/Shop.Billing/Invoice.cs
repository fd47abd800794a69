// Comes with violation 4: the Invoice entity is public only because the public InvoiceConfiguration names it in its public Configure method. Only Billing's own assemblies use it, so FK003 (judged at the context's boundary) does not report it.
namespace Shop.Billing;

public sealed class Invoice(Guid id, Guid orderId, Guid customerId, decimal amount, DateTimeOffset issuedAt)
{
    public Guid Id { get; private set; } = id;

    public Guid OrderId { get; private set; } = orderId;

    public Guid CustomerId { get; private set; } = customerId;

    public decimal Amount { get; private set; } = amount;

    public DateTimeOffset IssuedAt { get; private set; } = issuedAt;
}
