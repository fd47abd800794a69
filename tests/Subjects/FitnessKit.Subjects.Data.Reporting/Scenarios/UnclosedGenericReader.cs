using Dapper;

using Npgsql;

namespace FitnessKit.Subjects.Data.Reporting.Scenarios;

/// <summary>
/// Not read: a generic reader whose table is its row type's name, which no class closes and no code calls, so the table
/// is not known; listed as SQL not read, with why.
/// </summary>
/// <typeparam name="TRow">The row type.</typeparam>
internal abstract class UnclosedGenericReader<TRow>(string connectionString)
{
    public int Count()
    {
        using var connection = new NpgsqlConnection(connectionString);
        return connection.ExecuteScalar<int>($"SELECT COUNT(*) FROM reporting.\"{typeof(TRow).Name}\"");
    }
}
