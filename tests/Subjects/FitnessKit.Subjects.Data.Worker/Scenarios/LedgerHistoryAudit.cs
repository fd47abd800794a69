using Microsoft.Data.SqlClient;

namespace FitnessKit.Subjects.Data.Worker.Scenarios;

/// <summary>
/// Planted: reads [ops].[AccountsHistory], the history table SQL Server keeps for Ledger's temporal Accounts table. No
/// code names it: EF Core's IsTemporal() does, after the entity, in a schema three contexts map into.
/// </summary>
internal sealed class LedgerHistoryAudit(string connectionString)
{
    public decimal BalanceBefore(Guid accountId, DateTime moment)
    {
        using var connection = new SqlConnection(connectionString);
        connection.Open();
        using var command = new SqlCommand("SELECT TOP 1 [Balance] FROM [ops].[AccountsHistory] WHERE [Id] = @id AND [PeriodEnd] <= @moment ORDER BY [PeriodEnd] DESC", connection);
        command.Parameters.AddWithValue("@id", accountId);
        command.Parameters.AddWithValue("@moment", moment);
        return (decimal)command.ExecuteScalar();
    }
}
