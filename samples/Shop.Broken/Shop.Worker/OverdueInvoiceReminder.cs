// PLANTED VIOLATION (FK004): the background worker reads Billing's table Invoices with an ADO.NET command, referencing no Billing assembly, instead of consuming Billing's InvoiceIssued event.
using Microsoft.Data.Sqlite;

namespace Shop.Worker;
#region shop-broken-overdue-invoice-reminder
/// <summary>"A nightly job is simpler than an event handler": finds the invoices past their payment term, to send reminders.</summary>
public sealed class OverdueInvoiceReminder(string billingConnectionString, TimeProvider clock)
{
    private static readonly TimeSpan PaymentTerm = TimeSpan.FromDays(30);

    public async Task<IReadOnlyList<Guid>> FindOverdueAsync(CancellationToken cancellationToken)
    {
        await using var connection = new SqliteConnection(billingConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new SqliteCommand("SELECT Id FROM Invoices WHERE IssuedAt < @cutoff ORDER BY IssuedAt", connection);
        command.Parameters.AddWithValue("@cutoff", clock.GetUtcNow() - PaymentTerm);

        var overdue = new List<Guid>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            overdue.Add(reader.GetGuid(0));
        }

        return overdue;
    }
}
#endregion
