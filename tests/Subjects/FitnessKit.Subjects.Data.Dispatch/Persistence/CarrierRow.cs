namespace FitnessKit.Subjects.Data.Dispatch.Persistence;

/// <summary>A carrier as Dispatch's second model reads it.</summary>
public sealed class CarrierRow
{
    public string Code { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;
}
