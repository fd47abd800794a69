using MongoDB.Driver;

namespace FitnessKit.Subjects.Data.Tracking.Scenarios;

/// <summary>Compliant: Tracking reads and writes its own collections, through its own database class.</summary>
public sealed class OwnParcelsThroughMongo(TrackingDatabase database)
{
    public Task RecordAsync(TrackingEvent scan) => database.Events.InsertOneAsync(scan);

    public Task<Parcel> FindAsync(string id) => database.Parcels.Find(p => p.Id == id).FirstAsync();
}
