using Dapper;

using Npgsql;

namespace FitnessKit.Subjects.Data.Reporting.Scenarios;

/// <summary>
/// Compliant twin of <see cref="ConcatenatedCustomerLookup"/>: the same shape (literal + int, QueryFirstAsync), reading
/// Reporting's own mapped table, reporting."ReportRuns", through Dapper instead of EF Core.
/// </summary>
internal sealed class OwnTableThroughDapper
{
    public async Task<string> ReportNameAsync(NpgsqlConnection connection, int id)
    {
        await connection.OpenAsync();
        return await connection.QueryFirstAsync<string>("SELECT \"Name\" FROM reporting.\"ReportRuns\" WHERE \"Id\" = " + id);
    }
}
