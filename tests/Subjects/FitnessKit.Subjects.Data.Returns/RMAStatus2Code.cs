namespace FitnessKit.Subjects.Data.Returns;

/// <summary>A name with an acronym and a digit, reached through <see cref="ReturnRequest.Status"/>: its table is named after it, as snake case splits it.</summary>
public sealed class RMAStatus2Code
{
    public Guid Id { get; set; }
}
