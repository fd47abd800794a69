namespace FitnessKit.Subjects.Data.Ledger;

/// <summary>A temporal table named after its DbSet, ops.Postings, whose history table UseHistoryTable names: audit.PostingsAudit.</summary>
public sealed class Posting
{
    public Guid Id { get; set; }

    public decimal Amount { get; set; }
}
