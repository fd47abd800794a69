using Dapper;

using Npgsql;

namespace FitnessKit.Subjects.Data.Reporting.Scenarios;

/// <summary>
/// Planted: reads Support's "Tickets" from inside a retry lambda. The SQL is a local of the method, interpolated with an
/// int, that the lambda captures (a field of its closure class); Dapper is called in the lambda.
/// </summary>
internal sealed class SqlInRetryLambda
{
    public Task<IEnumerable<string>> OpenTicketSubjects(NpgsqlConnection connection, int customerId)
    {
        var sql = $"SELECT \"Subject\" FROM support.\"Tickets\" WHERE \"CustomerId\" = {customerId}";
        return Retry(() => connection.QueryAsync<string>(sql));
    }

    private static async Task<T> Retry<T>(Func<Task<T>> action)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await action();
            }
            catch (NpgsqlException) when (attempt < 3)
            {
                await Task.Delay(100 * attempt);
            }
        }
    }
}
