namespace FitnessKit.Subjects.Data.Returns;

/// <summary>The other side of a many-to-many with <see cref="ReturnRequest"/>, joined by a table named after both.</summary>
public sealed class ReturnReason
{
    public Guid Id { get; set; }

    public List<ReturnRequest> Requests { get; set; } = [];
}
