namespace FitnessKit.Subjects.Data.Invoicing.Domain;

/// <summary>A domain class linq2db reads with GetTable from another assembly of the context: its table is named after it, CreditNote.</summary>
public sealed class CreditNote
{
    public Guid Id { get; set; }

    public decimal Amount { get; set; }
}
