using LinqToDB.Mapping;

namespace FitnessKit.Subjects.Data.Invoicing.Scenarios;

/// <summary>
/// Planted: a class of Invoicing's that linq2db maps to the invoices table Sales' DbContext maps, billing."Invoices"
/// (FK006): two contexts, one table.
/// </summary>
[Table("Invoices", Schema = "billing")]
internal sealed class SalesInvoiceRow
{
    [Column]
    public Guid Id { get; set; }
}
