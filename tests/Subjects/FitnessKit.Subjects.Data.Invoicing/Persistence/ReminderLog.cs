namespace FitnessKit.Subjects.Data.Invoicing.Persistence;

/// <summary>Neither attribute nor fluent mapping: read with GetTable, so in a table named after the class, ReminderLog.</summary>
internal sealed class ReminderLog
{
    public Guid InvoiceId { get; set; }
}
