using FitnessKit.Subjects.Data.SqlKit;

namespace FitnessKit.Subjects.Data.Reporting.Scenarios;

/// <summary>
/// Planted: reads Sales' "Customers" through a helper of Reporting's own (<c>Names</c>) that hands its parameter on to
/// SqlKit's query base class: two helpers deep. The SQL puts a string parameter inside quotes, so its literals do not
/// parse alone. <c>Names</c> itself sends no SQL of its own, and is not listed as unread.
/// </summary>
internal sealed class SqlThroughOwnHelper(string connectionString) : DapperQueries(connectionString)
{
    public Task<IReadOnlyList<string>> CustomersNamed(string prefix) =>
        Names("SELECT c.\"Name\" FROM sales.\"Customers\" c WHERE c.\"Name\" LIKE '" + prefix + "%'");

    private Task<IReadOnlyList<string>> Names(string sql) => QueryAsync<string>(sql);
}
