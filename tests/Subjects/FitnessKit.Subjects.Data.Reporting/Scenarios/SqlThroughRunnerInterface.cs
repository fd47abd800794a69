using FitnessKit.Subjects.Data.SqlKit;

namespace FitnessKit.Subjects.Data.Reporting.Scenarios;

/// <summary>
/// Planted: updates Sales' "Quotes" through <c>ISqlRunner</c>, whose one implementation in SqlKit captures the SQL in a
/// retry lambda. The call names the interface, not the class.
/// </summary>
internal sealed class SqlThroughRunnerInterface(ISqlRunner runner)
{
    public Task<int> Expire(int quoteId) =>
        runner.ExecuteAsync($"UPDATE quotes.\"Quotes\" SET \"Expired\" = true WHERE \"Id\" = {quoteId}");
}
