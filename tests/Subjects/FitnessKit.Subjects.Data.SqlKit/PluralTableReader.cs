using Dapper;

using Npgsql;

namespace FitnessKit.Subjects.Data.SqlKit;

/// <summary>
/// A generic table reader of the shared library, as teams write one: the table is the row type's name with an "s"
/// (<c>Setting</c> reads "Settings"), built into the SQL from the type parameter. Which table is known only where a
/// class closes it with its row type.
/// </summary>
/// <typeparam name="TRow">The row type, named as its table is without the plural "s".</typeparam>
public abstract class PluralTableReader<TRow>(string connectionString)
{
    public async Task<int> CountAsync()
    {
        await using var connection = new NpgsqlConnection(connectionString);
        return await connection.ExecuteScalarAsync<int>($"SELECT COUNT(*) FROM \"{typeof(TRow).Name}s\"");
    }
}
