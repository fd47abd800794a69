using Microsoft.Data.SqlClient;

namespace FitnessKit.Subjects.Data.Worker.Scenarios;

/// <summary>
/// Planted: reads Ledger's [ops].[Accounts] in Ledger's own database by a three-part name. A database of its own does
/// not keep a context's tables to itself while another context's SQL names that database.
/// </summary>
internal sealed class LedgerBalanceAcrossDatabases(string connectionString)
{
    public decimal BalanceOf(Guid accountId)
    {
        using var connection = new SqlConnection(connectionString);
        connection.Open();
        using var command = new SqlCommand("SELECT [Balance] FROM [LedgerDb].[ops].[Accounts] WHERE [Id] = @id", connection);
        command.Parameters.AddWithValue("@id", accountId);
        return (decimal)command.ExecuteScalar();
    }
}
