// Planted (FK010): an Orders event exposes Billing's domain type (Orders may use Billing, but only its contracts).
namespace FitnessKit.Subjects.Contracts.ForeignContextLeak.Billing.Domain
{
    public sealed class Invoice(Guid id)
    {
        public Guid Id { get; } = id;
    }
}

namespace FitnessKit.Subjects.Contracts.ForeignContextLeak.Orders.Contracts
{
    using FitnessKit.Subjects.Contracts.ForeignContextLeak.Billing.Domain;

    public sealed record OrderInvoiced(Guid OrderId, Invoice Invoice);
}
