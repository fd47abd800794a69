namespace Shop.Billing.Contracts;

/// <summary>Billing's integration event, the only Billing type the fixes use.</summary>
public sealed record InvoiceIssued(Guid InvoiceId, Guid CustomerId, decimal Amount);
