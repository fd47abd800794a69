using System.Data;

using Microsoft.Data.SqlClient;

namespace FitnessKit.Subjects.Data.Worker.Scenarios;

/// <summary>
/// Planted: the worker calls ops.usp_CloseAccount, a stored procedure that only Ledger's database scripts create
/// (Scripts/0004_CreateCloseAccount.sql there), by its name as a command of type StoredProcedure. The routine changes
/// Ledger's data on the worker's behalf, with no contract between them.
/// </summary>
internal sealed class ClosesLedgerAccounts(string connectionString)
{
    public void Close(int accountId)
    {
        using var connection = new SqlConnection(connectionString);
        connection.Open();
        using var command = new SqlCommand("ops.usp_CloseAccount", connection) { CommandType = CommandType.StoredProcedure };
        command.Parameters.AddWithValue("@id", accountId);
        command.ExecuteNonQuery();
    }
}
