namespace FitnessKit.Subjects.Data.Ledger;

/// <summary>A journal of Ledger's, in the schema its configuration is given when it is made (<see cref="JournalConfiguration"/>).</summary>
public sealed class Journal
{
    public int Id { get; set; }
}
