using Dapper;

using Npgsql;

namespace FitnessKit.Subjects.Data.Reporting.Scenarios;

/// <summary>
/// Planted: reads Support's "Customers". The SQL is a const field: the compiler inlines it (ldstr at the call), so the IL
/// never loads the field.
/// </summary>
internal sealed class ConstFieldSql
{
    private const string Sql = "SELECT \"Id\", \"Name\" FROM support.\"Customers\"";

    public async Task<IReadOnlyList<(Guid Id, string Name)>> SupportCustomersAsync(NpgsqlConnection connection)
    {
        await connection.OpenAsync();
        var customers = await connection.QueryAsync<(Guid Id, string Name)>(Sql);
        return customers.ToList();
    }
}
