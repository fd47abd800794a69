namespace FitnessKit.Subjects.Data.Fulfilment;

/// <summary>A sensor's reading at a tracking scan: owned by <see cref="TrackingEntry"/>, inside its JSON, so no table either.</summary>
public sealed class SensorReading
{
    public string Sensor { get; set; } = string.Empty;

    public decimal Value { get; set; }
}
