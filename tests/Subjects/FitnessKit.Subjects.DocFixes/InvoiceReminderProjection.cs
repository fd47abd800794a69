// FK004's fix: Worker keeps its own table InvoiceReminders, fed by Billing's InvoiceIssued event, instead of reading Billing's Invoices.
using Dapper;

using Microsoft.Data.Sqlite;

using Shop.Billing.Contracts;

namespace Shop.Worker;

#region docfix-fk004-invoice-reminder-projection
internal sealed class InvoiceReminderProjection(string workerConnectionString, TimeProvider clock)
{
    public async Task OnInvoiceIssuedAsync(InvoiceIssued issued, CancellationToken cancellationToken)
    {
        await using var connection = new SqliteConnection(workerConnectionString);
        await connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO InvoiceReminders (InvoiceId, DueAt) VALUES (@InvoiceId, @DueAt)",
            new { issued.InvoiceId, DueAt = clock.GetUtcNow().AddDays(30) },
            cancellationToken: cancellationToken));
    }

    public async Task<IReadOnlyList<Guid>> FindOverdueAsync(CancellationToken cancellationToken)
    {
        await using var connection = new SqliteConnection(workerConnectionString);
        var overdue = await connection.QueryAsync<Guid>(new CommandDefinition(
            "SELECT InvoiceId FROM InvoiceReminders WHERE DueAt < @now",
            new { now = clock.GetUtcNow() },
            cancellationToken: cancellationToken));
        return [.. overdue];
    }
}
#endregion
