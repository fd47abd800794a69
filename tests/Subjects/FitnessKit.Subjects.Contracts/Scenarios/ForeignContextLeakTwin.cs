// Compliant twin of ForeignContextLeak: the Orders event exposes Billing's contract type.
namespace FitnessKit.Subjects.Contracts.ForeignContextLeakTwin.Billing.Contracts
{
    public sealed record InvoiceDto(Guid Id);
}

namespace FitnessKit.Subjects.Contracts.ForeignContextLeakTwin.Orders.Contracts
{
    using FitnessKit.Subjects.Contracts.ForeignContextLeakTwin.Billing.Contracts;

    public sealed record OrderInvoiced(Guid OrderId, InvoiceDto Invoice);
}
