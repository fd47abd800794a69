namespace FitnessKit.Subjects.Data.Invoicing.Persistence;

/// <summary>No attribute: <see cref="InvoicingMappings"/> maps it to invoicing.payments.</summary>
internal sealed class PaymentRow
{
    public Guid Id { get; set; }

    public Guid InvoiceId { get; set; }
}
