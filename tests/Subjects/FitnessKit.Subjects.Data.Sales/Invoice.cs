namespace FitnessKit.Subjects.Data.Sales;

/// <summary>Mapped by a private helper of the DbContext, into another schema: billing.Invoices.</summary>
internal sealed class Invoice
{
    public Guid Id { get; set; }

    public decimal Amount { get; set; }
}
