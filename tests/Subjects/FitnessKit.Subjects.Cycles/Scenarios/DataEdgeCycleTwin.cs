// Compliant twin of DataEdgeCycle: Payments reads the amount from its own table, payments.Charges, which it fills from
// what Orders sends it; Orders -> Payments is the only dependency.
namespace FitnessKit.Subjects.Cycles.DataEdgeCycleTwin.Payments.Contracts
{
    using System.Data.Common;

    public interface IPaymentGate
    {
        decimal AmountDue(DbConnection connection, Guid orderId);
    }
}

namespace FitnessKit.Subjects.Cycles.DataEdgeCycleTwin.Orders
{
    using System.Data.Common;
    using FitnessKit.Subjects.Cycles.DataEdgeCycleTwin.Payments.Contracts;

    public sealed class Checkout(IPaymentGate payments)
    {
        public bool IsPaid(DbConnection connection, Guid orderId) => payments.AmountDue(connection, orderId) == 0;
    }
}

namespace FitnessKit.Subjects.Cycles.DataEdgeCycleTwin.Payments
{
    using System.Data.Common;
    using FitnessKit.Subjects.Cycles.DataEdgeCycleTwin.Payments.Contracts;

    public sealed class PaymentGate : IPaymentGate
    {
        public decimal AmountDue(DbConnection connection, Guid orderId)
        {
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT Amount FROM payments.Charges WHERE OrderId = @id";
            return (decimal)command.ExecuteScalar()!;
        }
    }
}
