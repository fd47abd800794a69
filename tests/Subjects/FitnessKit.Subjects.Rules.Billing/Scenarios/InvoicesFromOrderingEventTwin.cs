using FitnessKit.Subjects.Rules.Billing.Contracts;
using FitnessKit.Subjects.Rules.Shipping.Contracts;

namespace FitnessKit.Subjects.Rules.Billing.InvoicesFromOrderingEventTwin;

/// <summary>Issues the invoice from Shipping's ShipmentDispatched contract event, which Billing may use.</summary>
public sealed class InvoiceIssuer
{
    public InvoiceIssued Issue(ShipmentDispatched dispatched) => new(Guid.NewGuid(), dispatched.OrderId, dispatched.DeclaredValue);
}
