using Microsoft.Extensions.Configuration;
using Npgsql;

namespace FitnessKit.Subjects.Init.DataSources;

/// <summary>Connections opened with a literal connection string and with one named in configuration.</summary>
public sealed class ArchiveConnections(IConfiguration configuration)
{
    public NpgsqlConnection Archive() => new("Host=archive-host;Database=archive;Username=reader");

    public NpgsqlConnection Tracking() => new(configuration.GetConnectionString("trackingdb"));
}
