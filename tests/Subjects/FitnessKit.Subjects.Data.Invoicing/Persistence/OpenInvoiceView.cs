using LinqToDB.Mapping;

namespace FitnessKit.Subjects.Data.Invoicing.Persistence;

/// <summary>A view of Invoicing's own, mapped by linq2db's attribute: invoicing.open_invoices, a view.</summary>
[Table("open_invoices", Schema = "invoicing", IsView = true)]
internal sealed class OpenInvoiceView
{
    [Column]
    public Guid Id { get; set; }
}
