// Planted (FK011): a type of Orders' contract namespace uses EF Core itself, so the contract depends on it, although
// it is a namespace of a larger assembly whose other code may reference EF Core.
namespace FitnessKit.Subjects.Contracts.FrameworkInContractNamespace.Orders.Contracts
{
    using Microsoft.EntityFrameworkCore;

    public sealed record OrderDto(Guid Id);

    public static class OrderDtoMapping
    {
        public static ModelBuilder MapOrderDto(ModelBuilder builder) => builder;
    }
}
