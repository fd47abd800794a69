using MongoDB.Bson;
using MongoDB.Driver;

namespace FitnessKit.Subjects.Data.Worker.Scenarios;

/// <summary>Planted FK006: the worker reads Tracking's scans straight from Tracking's collection, which both contexts then use.</summary>
public sealed class TrackingEventsFromMongo(IMongoClient client)
{
    public Task<long> ScansTodayAsync() =>
        client.GetDatabase("tracking").GetCollection<BsonDocument>("tracking_events")
            .CountDocumentsAsync(new BsonDocument("ScannedAt", new BsonDocument("$gte", DateTime.UtcNow.Date)));
}
