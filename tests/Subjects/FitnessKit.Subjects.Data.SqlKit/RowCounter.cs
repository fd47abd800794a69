using Dapper;

using Npgsql;

namespace FitnessKit.Subjects.Data.SqlKit;

/// <summary>
/// A generic repository of the shared library, registered for every row type at once
/// (<c>services.AddScoped(typeof(IRowCounter&lt;&gt;), typeof(RowCounter&lt;&gt;))</c>) and injected as
/// <see cref="IRowCounter{TRow}"/>: its table is the row type's name with an "s", known where code calls it.
/// </summary>
/// <typeparam name="TRow">The row type, named as its table is without the plural "s".</typeparam>
public sealed class RowCounter<TRow>(string connectionString) : IRowCounter<TRow>
{
    public int Count()
    {
        using var connection = new NpgsqlConnection(connectionString);
        return connection.ExecuteScalar<int>($"SELECT COUNT(*) FROM \"{typeof(TRow).Name}s\"");
    }
}
