using MongoDB.Driver;

namespace FitnessKit.Subjects.Data.Tracking;

/// <summary>
/// The context's collections, in the database it keeps them in: the database named once in the constructor, each
/// collection where a property asks for it, with its name in a constant of the context's own.
/// </summary>
public sealed class TrackingDatabase(IMongoClient client)
{
    internal const string ParcelsCollection = "parcels";

    private readonly IMongoDatabase _database = client.GetDatabase("tracking");

    internal IMongoCollection<Parcel> Parcels => _database.GetCollection<Parcel>(ParcelsCollection);

    internal IMongoCollection<TrackingEvent> Events => _database.GetCollection<TrackingEvent>("tracking_events");
}
