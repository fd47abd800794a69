using MongoDB.Bson;
using MongoDB.Driver;

namespace FitnessKit.Subjects.Data.Tracking.Scenarios;

/// <summary>
/// Compliant: a database and collection named where they are used, in a method of its own; the collection is
/// Tracking's alone (no other context uses tracking.carrier_cache).
/// </summary>
public sealed class CarrierCache(IMongoClient client)
{
    public Task<BsonDocument> FindAsync(string carrier) =>
        client.GetDatabase("tracking").GetCollection<BsonDocument>("carrier_cache").Find(new BsonDocument("_id", carrier)).FirstAsync();
}
