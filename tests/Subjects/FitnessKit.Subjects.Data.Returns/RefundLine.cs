namespace FitnessKit.Subjects.Data.Returns;

/// <summary>Reached only through <see cref="ReturnRequest.Lines"/>: EF Core names its table after the type, in snake case.</summary>
public sealed class RefundLine
{
    public Guid Id { get; set; }

    public decimal Amount { get; set; }
}
