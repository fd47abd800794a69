namespace FitnessKit.Subjects.Data.Dispatch.Persistence;

/// <summary>A dispatch as Dispatch's EF Core model reads it, from the table its migrations create.</summary>
public sealed class DispatchRow
{
    public Guid Id { get; set; }

    public string CarrierCode { get; set; } = string.Empty;
}
