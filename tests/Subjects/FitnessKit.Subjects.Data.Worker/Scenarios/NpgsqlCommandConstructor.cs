using Npgsql;

namespace FitnessKit.Subjects.Data.Worker.Scenarios;

/// <summary>
/// Planted: reads Support's "Tickets". The SQL is the first argument of the NpgsqlCommand constructor, inside an async
/// state machine; ExecuteReaderAsync runs it.
/// </summary>
internal sealed class NpgsqlCommandConstructor
{
    public async Task<IReadOnlyList<Guid>> OpenTicketIdsAsync(NpgsqlConnection connection)
    {
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT \"Id\" FROM support.\"Tickets\" WHERE \"Status\" = 'open'", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var ids = new List<Guid>();
        while (await reader.ReadAsync())
        {
            ids.Add(reader.GetGuid(0));
        }

        return ids;
    }
}
