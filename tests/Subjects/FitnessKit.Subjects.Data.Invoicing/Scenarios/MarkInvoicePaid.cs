using LinqToDB.Data;

namespace FitnessKit.Subjects.Data.Invoicing.Scenarios;

/// <summary>Compliant: SQL linq2db sends to Invoicing's own tables.</summary>
internal sealed class MarkInvoicePaid
{
    public int Mark(DataConnection connection, Guid id) =>
        connection.Execute("UPDATE invoicing.invoices SET total = 0 WHERE id = @id", new DataParameter("id", id));

    public int Remind(DataConnection connection) =>
        connection.Execute("DELETE FROM invoicing.payments WHERE \"InvoiceId\" IS NULL");
}
