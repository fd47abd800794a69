// Silent (FK009): Orders and Payments both claim ops.AuditLog in the map, and each writes it with SQL of its own. A table
// with two owners is a dispute about ownership, not a dependency of either on the other, so no cycle comes of it.
namespace FitnessKit.Subjects.Cycles.SqlOnATableBothClaim.Orders
{
    using System.Data.Common;

    public sealed class OrderAudit
    {
        public void Record(DbConnection connection, Guid orderId)
        {
            using var command = connection.CreateCommand();
            command.CommandText = "INSERT INTO ops.AuditLog (Subject, Event) VALUES (@id, 'order placed')";
            command.ExecuteNonQuery();
        }
    }
}

namespace FitnessKit.Subjects.Cycles.SqlOnATableBothClaim.Payments
{
    using System.Data.Common;

    public sealed class PaymentAudit
    {
        public void Record(DbConnection connection, Guid paymentId)
        {
            using var command = connection.CreateCommand();
            command.CommandText = "INSERT INTO ops.AuditLog (Subject, Event) VALUES (@id, 'payment taken')";
            command.ExecuteNonQuery();
        }
    }
}
