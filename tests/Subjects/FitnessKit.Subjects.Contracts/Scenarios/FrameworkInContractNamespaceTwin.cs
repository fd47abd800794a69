// Compliant twin of FrameworkInContractNamespace: the mapping lives in Orders' persistence namespace, in the same
// assembly, which references EF Core; the contract namespace's own types use none of it.
namespace FitnessKit.Subjects.Contracts.FrameworkInContractNamespaceTwin.Orders.Contracts
{
    public sealed record OrderDto(Guid Id);
}

namespace FitnessKit.Subjects.Contracts.FrameworkInContractNamespaceTwin.Orders.Persistence
{
    using Microsoft.EntityFrameworkCore;

    public static class OrderDtoMapping
    {
        public static ModelBuilder MapOrderDto(ModelBuilder builder) => builder;
    }
}
