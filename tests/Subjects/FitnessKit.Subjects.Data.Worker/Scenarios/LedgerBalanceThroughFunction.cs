using Microsoft.Data.SqlClient;

namespace FitnessKit.Subjects.Data.Worker.Scenarios;

/// <summary>
/// Planted: the worker asks ops.ufn_BalanceOf, a scalar function that only Ledger's database scripts create
/// (Scripts/0006_CreateBalanceOf.sql there), for an account's balance inside a query of its own.
/// </summary>
internal sealed class LedgerBalanceThroughFunction(string connectionString)
{
    public decimal BalanceOf(int accountId)
    {
        using var connection = new SqlConnection(connectionString);
        connection.Open();
        using var command = new SqlCommand("SELECT ops.ufn_BalanceOf(@id) AS Balance", connection);
        command.Parameters.AddWithValue("@id", accountId);
        return (decimal)command.ExecuteScalar();
    }
}
