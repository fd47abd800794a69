namespace FitnessKit.Subjects.Data.Ledger;

/// <summary>An accounting period, in a schema its configuration is given from the environment (<see cref="PeriodConfiguration"/>).</summary>
public sealed class Period
{
    public int Id { get; set; }
}
