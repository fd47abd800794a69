using FitnessKit.Subjects.Data.SqlKit;

namespace FitnessKit.Subjects.Data.Reporting.Scenarios;

/// <summary>
/// Planted: reads Support's "Tickets" through the shared query base class of SqlKit. The SQL is interpolated with an
/// int, so no literal of it is SQL on its own: it is read at this call, with the base class's async method as its API.
/// </summary>
internal sealed class SqlThroughSharedQueryBase(string connectionString) : DapperQueries(connectionString)
{
    public Task<IReadOnlyList<string>> SubjectsOfOrder(int orderId) =>
        QueryAsync<string>($"SELECT t.\"Subject\" FROM support.\"Tickets\" t WHERE t.\"OrderId\" = {orderId}");
}
