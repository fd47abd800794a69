namespace FitnessKit.Subjects.Rules.Billing.Contracts;

/// <summary>Billing's integration event: an invoice was issued for an order.</summary>
public sealed record InvoiceIssued(Guid InvoiceId, Guid OrderId, decimal Amount);
