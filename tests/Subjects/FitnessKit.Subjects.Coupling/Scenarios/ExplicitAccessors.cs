// Shipping asks Orders from the accessors of a property it implements explicitly: the getter calls a contract query,
// the setter a contract command. Both are found in the property, named as the interface names it.
namespace FitnessKit.Subjects.Coupling.ExplicitAccessors.Orders.Contracts
{
    public interface IStockDesk
    {
        int CountAvailable();

        void Reserve(int quantity);
    }
}

namespace FitnessKit.Subjects.Coupling.ExplicitAccessors.Shipping
{
    using FitnessKit.Subjects.Coupling.ExplicitAccessors.Orders.Contracts;

    public interface IShipmentLimits
    {
        int Remaining { get; set; }
    }

    public sealed class Ledger(IStockDesk stock) : IShipmentLimits
    {
        int IShipmentLimits.Remaining
        {
            get => stock.CountAvailable();
            set => stock.Reserve(value);
        }
    }
}
