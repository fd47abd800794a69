namespace FitnessKit.Subjects.Data.Fulfilment;

/// <summary>
/// Labels through a many-to-many that only this side navigates (<see cref="ParcelConfiguration"/>), and the operator who
/// created it through a navigation of its base class.
/// </summary>
public sealed class Parcel : TrackedEntity
{
    public Guid Id { get; set; }

    public List<Label> Labels { get; set; } = [];
}
