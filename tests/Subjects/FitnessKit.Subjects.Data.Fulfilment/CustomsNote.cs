namespace FitnessKit.Subjects.Data.Fulfilment;

/// <summary>A class with a key behind a collection navigation ignored by name (<see cref="ParcelConfiguration"/>): no entity type, no table.</summary>
public sealed class CustomsNote
{
    public int Id { get; set; }

    public string Text { get; set; } = string.Empty;
}
