using FitnessKit.Inspection;
using FitnessKit.Tables;
using FitnessKit.Tests.TestSupport;
using FluentAssertions;
using Xunit;

namespace FitnessKit.Tests.Tables;

/// <summary>
/// Where the SQL of a service without EF Core connects, as its code says it (FitnessKit.Subjects.Init.DataSources):
/// the data source Aspire's integration registers by connection name, one Npgsql's DI package registers with a connection
/// string by name, and the connection strings its ADO.NET connections are opened with, literal or named.
/// </summary>
public sealed class DataSourceConnectionsTests
{
    private const string Subject = "FitnessKit.Subjects.Init.DataSources";

    [Fact]
    public void Reads_each_database_or_connection_name_the_code_gives_once_with_where()
    {
        var codeBase = CodeBase.Load(AssemblySource.Files(Repository.Subject(Subject)));

        var found = DataSourceConnections.Read(codeBase, codeBase.Assemblies.Where(a => a.Name == Subject));

        found[Subject].Select(e => (e.Database, e.Where)).Should().BeEquivalentTo([
            ("archive", "new Npgsql.NpgsqlConnection(\"...Database=archive...\") in FitnessKit.Subjects.Init.DataSources.ArchiveConnections.Archive"),
            ("trackingdb", "new Npgsql.NpgsqlConnection(GetConnectionString(\"trackingdb\")) in FitnessKit.Subjects.Init.DataSources.ArchiveConnections.Tracking"),
            ("trackingevents", "AddNpgsqlDataSource(\"trackingevents\") in FitnessKit.Subjects.Init.DataSources.TrackingRegistration.AddTracking"),
            ("reportsdb", "AddNpgsqlDataSource(GetConnectionString(\"reportsdb\")) in FitnessKit.Subjects.Init.DataSources.ReportsRegistration.AddReports")]);
    }
}
