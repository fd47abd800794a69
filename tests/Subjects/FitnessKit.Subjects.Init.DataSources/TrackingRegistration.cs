using Microsoft.Extensions.Hosting;

namespace FitnessKit.Subjects.Init.DataSources;

/// <summary>The service's data source, as Aspire's PostgreSQL integration registers it: by the connection's name.</summary>
public static class TrackingRegistration
{
    public static void AddTracking(IHostApplicationBuilder builder) => builder.AddNpgsqlDataSource("trackingevents");
}
