namespace FitnessKit.Subjects.Data.Tracking;

/// <summary>A parcel as the tracking context stores it.</summary>
public sealed class Parcel
{
    public string Id { get; set; } = string.Empty;

    public string Carrier { get; set; } = string.Empty;
}

/// <summary>A scan of a parcel.</summary>
public sealed class TrackingEvent
{
    public string Id { get; set; } = string.Empty;

    public string ParcelId { get; set; } = string.Empty;

    public DateTime ScannedAt { get; set; }
}
