using Microsoft.Data.SqlClient;

namespace FitnessKit.Subjects.Data.Worker.Scenarios;

/// <summary>
/// Planted: the worker runs EXEC support.usp_CloseStaleTickets, a routine in schema support, which only Support maps
/// into: whoever created it, it is Support's, and the worker reaches into Support's data through it.
/// </summary>
internal sealed class ClosesSupportTickets(string connectionString)
{
    public int CloseStale(int days)
    {
        using var connection = new SqlConnection(connectionString);
        connection.Open();
        using var command = new SqlCommand("EXEC support.usp_CloseStaleTickets @days", connection);
        command.Parameters.AddWithValue("@days", days);
        return command.ExecuteNonQuery();
    }
}
