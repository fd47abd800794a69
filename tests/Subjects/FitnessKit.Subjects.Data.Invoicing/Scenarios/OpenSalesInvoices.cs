using LinqToDB;
using LinqToDB.Data;

namespace FitnessKit.Subjects.Data.Invoicing.Scenarios;

/// <summary>Planted with <see cref="SalesInvoiceRow"/>: reads the invoices of Sales' table through the class that maps it.</summary>
internal sealed class OpenSalesInvoices
{
    public IReadOnlyList<Guid> Ids(DataConnection connection) => [.. connection.GetTable<SalesInvoiceRow>().Select(invoice => invoice.Id)];
}
