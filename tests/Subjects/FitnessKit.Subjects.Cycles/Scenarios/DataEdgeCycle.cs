// Planted (FK009): Orders calls Payments' contract, and Payments reads Orders' table orders.Orders with SQL of its own,
// with no type of Orders in sight: Orders -> Payments (code) -> Orders (data). Reading another context's table is never
// allowed, so the data step closes the cycle.
namespace FitnessKit.Subjects.Cycles.DataEdgeCycle.Payments.Contracts
{
    using System.Data.Common;

    public interface IPaymentGate
    {
        decimal AmountDue(DbConnection connection, Guid orderId);
    }
}

namespace FitnessKit.Subjects.Cycles.DataEdgeCycle.Orders
{
    using System.Data.Common;
    using FitnessKit.Subjects.Cycles.DataEdgeCycle.Payments.Contracts;

    public sealed class Checkout(IPaymentGate payments)
    {
        public bool IsPaid(DbConnection connection, Guid orderId) => payments.AmountDue(connection, orderId) == 0;
    }
}

namespace FitnessKit.Subjects.Cycles.DataEdgeCycle.Payments
{
    using System.Data.Common;
    using FitnessKit.Subjects.Cycles.DataEdgeCycle.Payments.Contracts;

    public sealed class PaymentGate : IPaymentGate
    {
        public decimal AmountDue(DbConnection connection, Guid orderId)
        {
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT Total FROM orders.Orders WHERE Id = @id";
            return (decimal)command.ExecuteScalar()!;
        }
    }
}
