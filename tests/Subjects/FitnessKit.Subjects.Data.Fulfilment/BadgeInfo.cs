namespace FitnessKit.Subjects.Data.Fulfilment;

/// <summary>A picker's badge, a complex type (<see cref="PickerConfiguration"/>): columns of Pickers, not a table, though it has an Id.</summary>
public sealed class BadgeInfo
{
    public int Id { get; set; }

    public string Number { get; set; } = string.Empty;
}
