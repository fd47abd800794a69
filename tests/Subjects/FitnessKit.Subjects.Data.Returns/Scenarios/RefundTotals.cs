using Microsoft.EntityFrameworkCore;

namespace FitnessKit.Subjects.Data.Returns.Scenarios;

/// <summary>
/// Twin of Reporting's SnakeCaseTables: Returns' own raw SQL over refund_line, the table its snake-case convention
/// makes of RefundLine. Its own table: nothing to report.
/// </summary>
internal sealed class RefundTotals
{
    public decimal RefundedFor(Guid returnRequestId)
    {
        using var context = new ReturnsDbContext();
        return context.Database.SqlQueryRaw<decimal>(
            "SELECT COALESCE(SUM(amount), 0) AS \"Value\" FROM refund_line WHERE return_request_id = {0}",
            returnRequestId).Single();
    }
}
