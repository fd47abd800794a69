// Shipping calls Orders' contract methods many times from one member: the same query twice, an overload of it, and a
// method whose overloads differ in what they return (one is a command, the other a query). Each style counts a
// method once per calling type, and FK012 reports a query once per member, at its first call.
namespace FitnessKit.Subjects.Coupling.RepeatedCalls.Orders.Contracts
{
    public sealed record StockDto(string Sku, int Available);

    public interface IStockDesk
    {
        StockDto Find(string sku);

        StockDto Find(string sku, string warehouse);

        void Reserve(string sku);

        int Reserve(string sku, int quantity);
    }
}

namespace FitnessKit.Subjects.Coupling.RepeatedCalls.Shipping
{
    using FitnessKit.Subjects.Coupling.RepeatedCalls.Orders.Contracts;

    public sealed class Picker(IStockDesk stock)
    {
        public int Pick(string sku, int quantity)
        {
            var first = stock.Find(sku);
            var again = stock.Find(sku);
            var there = stock.Find(sku, "north");
            stock.Reserve(sku);
            var reserved = stock.Reserve(sku, quantity);
            return first.Available + again.Available + there.Available + reserved;
        }
    }
}
