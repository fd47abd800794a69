using MongoDB.Bson;
using MongoDB.Driver;

namespace FitnessKit.Subjects.Data.Worker.Scenarios;

/// <summary>Compliant twin of TrackingEventsFromMongo: the worker keeps its own jobs in a database of its own.</summary>
public sealed class OwnJobsInMongo(IMongoClient client)
{
    public Task<long> PendingAsync() =>
        client.GetDatabase("worker").GetCollection<BsonDocument>("jobs").CountDocumentsAsync(new BsonDocument("done", false));
}
