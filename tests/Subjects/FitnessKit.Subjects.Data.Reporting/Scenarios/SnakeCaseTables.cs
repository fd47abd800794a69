using Dapper;

using Npgsql;

namespace FitnessKit.Subjects.Data.Reporting.Scenarios;

/// <summary>
/// Planted: reads return_requests, Returns' table as EF Core names it under UseSnakeCaseNamingConvention (its DbSet is
/// ReturnRequests), in public, where no schema tells an owner: only the convention read with the model tells whose it is.
/// </summary>
internal sealed class SnakeCaseTables
{
    public int OpenReturns(NpgsqlConnection connection)
    {
        connection.Open();
        return connection.ExecuteScalar<int>("SELECT count(*) FROM return_requests WHERE status_id IS NULL");
    }
}
