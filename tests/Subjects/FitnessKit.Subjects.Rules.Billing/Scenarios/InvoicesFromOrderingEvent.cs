using FitnessKit.Subjects.Rules.Billing.Contracts;
using FitnessKit.Subjects.Rules.Ordering.Contracts;

namespace FitnessKit.Subjects.Rules.Billing.InvoicesFromOrderingEvent;

/// <summary>FK001: issues an invoice from Ordering's OrderPlaced. It is one of Ordering's contracts, but Billing may use only Shipping.</summary>
public sealed class InvoiceIssuer
{
    public InvoiceIssued Issue(OrderPlaced placed) => new(Guid.NewGuid(), placed.OrderId, placed.Total);
}
