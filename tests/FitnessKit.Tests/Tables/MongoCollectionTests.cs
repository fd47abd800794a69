using System.Reflection;
using FitnessKit.ContextMapping;
using FitnessKit.Evaluation;
using FitnessKit.Rules;
using FitnessKit.Tables;
using FitnessKit.Tests.TestSupport;
using FluentAssertions;
using MongoDB.Driver;
using Xunit;

namespace FitnessKit.Tests.Tables;

/// <summary>
/// The MongoDB collections the Tracking subject and the worker ask for, held to the driver's own namespaces: the
/// subject's database class made here with a client that opens no connection until an operation runs, each of its
/// collections asked for its <c>CollectionNamespace</c>.
/// </summary>
public sealed class MongoCollectionTests
{
    private const string Subject = DataSubjects.Prefix + ".Tracking";
    private const string Worker = DataSubjects.Prefix + ".Worker.Scenarios.";

    [Fact]
    public void Maps_each_collection_the_database_class_asks_for_to_the_namespace_the_driver_gives_it()
    {
        var type = Assembly.LoadFrom(Repository.Subject(Subject)).GetType($"{Subject}.TrackingDatabase", throwOnError: true)!;
        using var client = new MongoClient("mongodb://oracle.invalid:27017");
        var database = Activator.CreateInstance(type, client)!;
        var oracle = type.GetProperties(BindingFlags.Instance | BindingFlags.NonPublic | BindingFlags.Public)
            .Select(p => p.GetValue(database))
            .Select(c => (string)c!.GetType().GetProperty("CollectionNamespace")!.GetValue(c)!.ToString()!)
            .ToList();

        var found = DataSubjects.Tables.Mappings.Where(m => m.DbContext.FullName == type.FullName).Select(m => $"{m.Table.Database}.{m.Table.Name}");

        oracle.Should().BeEquivalentTo(["tracking.parcels", "tracking.tracking_events"]);
        found.Should().BeEquivalentTo(oracle);
    }

    [Fact]
    public void Says_which_code_asks_for_each_collection_and_gives_it_to_that_code_s_context()
    {
        var parcels = DataSubjects.Tables.Mappings.Single(m => m.Table.ToString() == "tracking..parcels");

        parcels.Evidence.Should().Be($"GetCollection<{Subject}.Parcel>(\"parcels\") in {Subject}.TrackingDatabase.Parcels: a MongoDB collection");
        parcels.Entity.FullName.Should().Be($"{Subject}.Parcel");
        parcels.Location!.ToString().Should().EndWith("TrackingDatabase.cs:15");
        DataSubjects.Tables.Find(parcels.Table)!.Owner.Should().Be("Tracking");
        DataSubjects.Tables.Mappings.Where(m => m.DbContext.Assembly == Subject).Select(m => m.Table.ToString())
            .Should().BeEquivalentTo(["tracking..parcels", "tracking..tracking_events", "tracking..carrier_cache", "tracking..parcel_archive"],
                "the archive's database is injected, so it is taken to be the one the context's other collections name");
        DataSubjects.Tables.Tables.Where(t => t.Table.Database == "tracking").Should().OnlyContain(t => t.Owner == "Tracking" || t.Owner == null);
        DataSubjects.Tables.Notes.Should().Contain($"{Subject}.ParcelArchive.OfCarrier asks for a MongoDB collection by a name computed at run time, so which one it uses is not known.");
    }

    [Fact]
    public void Reports_the_worker_that_uses_Trackings_collection_and_not_the_one_that_keeps_its_own()
    {
        var report = FitnessCheck.Evaluate(DataSubjects.Report.Model.CodeBase, DataSubjects.Map, [RuleCatalog.Get("FK006")]);

        report.Violations.Where(v => v.TargetTable == "tracking..tracking_events").Select(v => (v.SourceContext, v.SourceType))
            .Should().BeEquivalentTo([("Tracking", $"{Subject}.TrackingDatabase"), ("Worker", Worker + "TrackingEventsFromMongo")]);
        report.Violations.Should().NotContain(v => v.SourceType == Worker + "OwnJobsInMongo");
        DataSubjects.Tables.Tables.Single(t => t.Table.ToString() == "worker..jobs").Owner.Should().Be("Worker");
    }

    [Fact]
    public void Names_an_assembly_of_no_context_that_uses_collections_in_a_note()
    {
        var map = ContextMap.Define().Context("Tracking", c => c.Assemblies(Subject)).Build();

        var tables = TableCatalog.Build(map.Resolve(DataSubjects.Report.Model.CodeBase));

        tables.Notes.Should().Contain($"{DataSubjects.Prefix}.Worker uses 2 document collections (jobs, tracking_events) but belongs to no context, so no rule judges its use of them: add the assembly to the context whose data they are.");
        tables.Mappings.Should().NotContain(m => m.DbContext.Assembly == DataSubjects.Prefix + ".Worker");
    }
}
