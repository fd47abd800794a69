using Npgsql;

namespace FitnessKit.Subjects.Data.Worker.Scenarios;

/// <summary>
/// Planted: one statement writes Support's "Customers" and reads Sales' "Customers", two tables of the same name in two
/// schemas, through the NpgsqlCommand constructor inside an async state machine.
/// </summary>
internal sealed class InsertSelectAcrossSchemas
{
    public async Task<int> CopyCustomersAsync(NpgsqlConnection connection)
    {
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("INSERT INTO support.\"Customers\" (\"Id\", \"Name\") SELECT \"Id\", \"Name\" FROM sales.\"Customers\"", connection);
        return await command.ExecuteNonQueryAsync();
    }
}
