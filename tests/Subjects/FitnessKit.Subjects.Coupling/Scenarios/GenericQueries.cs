// Shipping asks Orders for data through generic queries of Orders' contracts: a generic read model, a generic method,
// and a method of an interface nested in a generic class. FK012 names each query and what it returns as C# writes
// them: IReadModel<TRow>.All returns IReadOnlyList<TRow>, Find returns Page<TResult>, Catalog<TItem>.ILookup.Get TItem.
namespace FitnessKit.Subjects.Coupling.GenericQueries.Orders.Contracts
{
    public sealed record OrderDto(Guid Id, string Address);

    public sealed record Page<T>(IReadOnlyList<T> Items, int Number);

    public interface IReadModel<TRow>
    {
        IReadOnlyList<TRow> All();
    }

    public interface IOrderQueries
    {
        Page<TResult> Find<TResult>(int page);
    }

    public static class Catalog<TItem>
    {
        public interface ILookup
        {
            TItem? Get(Guid id);
        }
    }
}

namespace FitnessKit.Subjects.Coupling.GenericQueries.Shipping
{
    using FitnessKit.Subjects.Coupling.GenericQueries.Orders.Contracts;

    public sealed class Dispatch(IReadModel<OrderDto> orders, IOrderQueries queries, Catalog<OrderDto>.ILookup lookup)
    {
        public int Count() => orders.All().Count;

        public int Pages() => queries.Find<OrderDto>(1).Number;

        public string? Address(Guid id) => lookup.Get(id)?.Address;
    }
}
