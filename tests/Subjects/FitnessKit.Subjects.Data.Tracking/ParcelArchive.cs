using MongoDB.Driver;

namespace FitnessKit.Subjects.Data.Tracking;

/// <summary>
/// A collection asked of a database the host injects (registered as <c>client.GetDatabase("tracking")</c> where this
/// code cannot see it): taken to be in the one database the context's other collections name.
/// </summary>
public sealed class ParcelArchive(IMongoDatabase database)
{
    internal Task ArchiveAsync(Parcel parcel) => database.GetCollection<Parcel>("parcel_archive").InsertOneAsync(parcel);

    /// <summary>A collection per carrier, named at run time: noted, not read.</summary>
    internal IMongoCollection<Parcel> OfCarrier(string carrier) => database.GetCollection<Parcel>("parcels_" + carrier);
}
