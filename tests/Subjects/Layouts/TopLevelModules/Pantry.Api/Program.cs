using Pantry.Api.Endpoints;
using Pantry.Api.Infrastructure;

namespace Pantry.Api;

public static class Program
{
    public static void Main()
    {
        var connections = new SqliteConnections("Data Source=pantry.db");
        Console.WriteLine($"{HealthEndpoint.Path} over {connections.ConnectionString}");
    }
}
