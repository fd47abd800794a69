using Dapper;

using FitnessKit.Subjects.Data.SqlKit;

using Npgsql;

namespace FitnessKit.Subjects.Data.Reporting.Scenarios;

/// <summary>
/// Planted: reads Support's "Tickets" from inside a retry lambda. The SQL is a local of the method, interpolated with an
/// int, that the lambda captures (a field of its closure class); Dapper is called in the lambda, which SqlKit's retry
/// policy runs.
/// </summary>
internal sealed class SqlInRetryLambda
{
    public Task<IEnumerable<string>> OpenTicketSubjects(NpgsqlConnection connection, int customerId)
    {
        var sql = $"SELECT \"Subject\" FROM support.\"Tickets\" WHERE \"CustomerId\" = {customerId}";
        return Retry.Run(() => connection.QueryAsync<string>(sql));
    }
}
