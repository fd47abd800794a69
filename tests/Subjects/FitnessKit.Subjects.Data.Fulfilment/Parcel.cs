namespace FitnessKit.Subjects.Data.Fulfilment;

/// <summary>
/// Labels through a many-to-many that only this side navigates (<see cref="ParcelConfiguration"/>), and the operator who
/// created it through a navigation of its base class. Two navigations the configuration ignores lead to classes with keys.
/// </summary>
public sealed class Parcel : TrackedEntity
{
    public Guid Id { get; set; }

    public List<Label> Labels { get; set; } = [];

    public ScanSnapshot? LastScan { get; set; }

    public List<CustomsNote> CustomsNotes { get; set; } = [];
}
