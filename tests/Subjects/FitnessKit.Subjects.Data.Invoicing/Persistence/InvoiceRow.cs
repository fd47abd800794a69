using LinqToDB.Mapping;

namespace FitnessKit.Subjects.Data.Invoicing.Persistence;

/// <summary>Mapped by linq2db's attribute to Invoicing's own table, invoicing.invoices.</summary>
[Table("invoices", Schema = "invoicing")]
internal sealed class InvoiceRow
{
    [PrimaryKey]
    public Guid Id { get; set; }

    [Column]
    public decimal Total { get; set; }
}
