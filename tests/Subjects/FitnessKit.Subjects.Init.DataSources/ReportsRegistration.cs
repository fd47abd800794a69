using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace FitnessKit.Subjects.Init.DataSources;

/// <summary>A data source registered with Npgsql's own DI package, given a connection string by name.</summary>
public static class ReportsRegistration
{
    public static IServiceCollection AddReports(IServiceCollection services, IConfiguration configuration) =>
        services.AddNpgsqlDataSource(configuration.GetConnectionString("reportsdb")!);
}
