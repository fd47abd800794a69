using Npgsql;

namespace FitnessKit.Subjects.Data.Worker.Scenarios;

/// <summary>
/// Planted: writes Sales' "OrderLines". The command comes from NpgsqlConnection.CreateCommand() and the SQL is assigned to
/// its CommandText property; the setter's IL names DbCommand, where the property is declared.
/// </summary>
internal sealed class CommandTextSetter
{
    public int DeleteLines(NpgsqlConnection connection, Guid orderId)
    {
        connection.Open();
        using var cmd = connection.CreateCommand();
        cmd.CommandText = "DELETE FROM sales.\"OrderLines\" WHERE \"OrderId\" = @id";
        cmd.Parameters.AddWithValue("id", orderId);
        return cmd.ExecuteNonQuery();
    }
}
