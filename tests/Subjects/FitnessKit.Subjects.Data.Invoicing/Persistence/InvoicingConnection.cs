using LinqToDB;
using LinqToDB.Data;

namespace FitnessKit.Subjects.Data.Invoicing.Persistence;

/// <summary>Invoicing's connection, to PostgreSQL (UsePostgreSQL names the dialect): its tables as linq2db reads them.</summary>
internal sealed class InvoicingConnection() : DataConnection(new DataOptions().UsePostgreSQL("Host=localhost;Database=subjects").UseMappingSchema(InvoicingMappings.Build()))
{
    public ITable<InvoiceRow> Invoices => this.GetTable<InvoiceRow>();

    public ITable<PaymentRow> Payments => this.GetTable<PaymentRow>();

    public ITable<ReminderLog> Reminders => this.GetTable<ReminderLog>();

    public ITable<Domain.CreditNote> CreditNotes => this.GetTable<Domain.CreditNote>();
}
