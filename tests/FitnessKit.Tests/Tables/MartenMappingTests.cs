using System.Reflection;
using FitnessKit.ContextMapping;
using FitnessKit.Evaluation;
using FitnessKit.Rules;
using FitnessKit.Tables;
using FitnessKit.Tests.TestSupport;
using FluentAssertions;
using Marten;
using Xunit;

namespace FitnessKit.Tests.Tables;

/// <summary>
/// The tables the Booking subject keeps its documents and events in, held to Marten's own storage model: a document
/// store made here with the subject's own settings (<c>BookingStore.Configure</c>, run in the test process, no database
/// opened), asked for the tables of each document type FitnessKit found and of its event store.
/// </summary>
public sealed class MartenMappingTests
{
    private const string Subject = DataSubjects.Prefix + ".Booking";

    [Fact]
    public void Maps_each_document_type_and_the_event_store_to_the_tables_Marten_creates_for_them()
    {
        var loaded = Assembly.LoadFrom(Repository.Subject(Subject));
        var configure = loaded.GetType($"{Subject}.BookingStore", throwOnError: true)!.GetMethod("Configure")!;
        using var store = DocumentStore.For(options =>
        {
            options.Connection("Host=localhost;Database=oracle");
            configure.Invoke(null, [options]);
        });
        var found = DataSubjects.Tables.Mappings.Where(m => m.DbContext.Assembly == Subject).ToList();
        var documents = found.Where(m => m.Table.Name.StartsWith("mt_doc_", StringComparison.Ordinal)).ToList();

        var oracle = documents.Select(m => store.Options.Storage.FindFeature(loaded.GetType(m.Entity.FullName.Replace('+', '.'), throwOnError: false) ?? loaded.GetType(m.Entity.FullName, throwOnError: true)!)
            .Objects.Select(o => o.Identifier.QualifiedName).First()).ToList();
        var events = store.Options.Storage.FindFeature(typeof(Marten.Events.EventGraph)).Objects.Select(o => o.Identifier.QualifiedName).ToList();

        documents.Select(m => m.Entity.Name).Should().BeEquivalentTo(["Reservation", "Reservation+Note", "Guest", "Room", "Stay"], "Booking stores, inserts, loads, queries and registers them");
        documents.Select(m => m.Table.ToString()).Should().Equal(oracle);
        found.Except(documents).Select(m => m.Table.ToString()).Should().BeEquivalentTo(["booking.mt_events", "booking.mt_streams"]).And.BeSubsetOf(events);
    }

    [Fact]
    public void Two_modules_that_keep_Marten_s_default_schema_share_its_event_store_and_one_with_a_schema_of_its_own_does_not()
    {
        // Booking's own namespace sets the store's schema; its two modules, contexts of their own in this map, set none.
        var map = ContextMap.Define()
            .Context("Booking", c => c.Namespaces(Subject))
            .Context("Waitlist", c => c.Namespaces(Subject + ".Modules.Waitlist"))
            .Context("Loyalty", c => c.Namespaces(Subject + ".Modules.Loyalty"))
            .Build();

        var report = FitnessCheck.Evaluate(DataSubjects.Report.Model.CodeBase, map, [RuleCatalog.Get("FK006")]);

        report.Violations.Select(v => (v.SourceContext, v.TargetTable)).Should().BeEquivalentTo([("Waitlist", "public.mt_events"), ("Waitlist", "public.mt_streams"), ("Loyalty", "public.mt_events"), ("Loyalty", "public.mt_streams")]);
        report.Violations[0].Message.Should().StartWith($"{Subject}.Modules.Loyalty.LoyaltyPoints of context Loyalty is mapped to table public.mt_events (Events.Append in {Subject}.Modules.Loyalty.LoyaltyPoints.EarnAsync: Marten's event store)");
        report.Tables!.Tables.Single(t => t.Table.ToString() == "booking.mt_events").Owner.Should().Be("Booking");
    }

    [Fact]
    public void Says_which_code_uses_each_table_and_gives_the_context_its_store_s_tables()
    {
        var reservations = DataSubjects.Tables.Mappings.Single(m => m.Table.ToString() == "booking.mt_doc_reservation");

        reservations.Evidence.Should().Be($"Store<{Subject}.Reservation> in {Subject}.Reservations.ReserveAsync: Marten's document table");
        reservations.DbContext.FullName.Should().Be($"{Subject}.Reservations");
        reservations.Location!.ToString().Should().EndWith("Reservations.cs:11");
        DataSubjects.Tables.Find(reservations.Table)!.Owner.Should().Be("Booking");
        DataSubjects.Tables.Tables.Single(t => t.Table.ToString() == "booking.mt_events").Owner.Should().Be("Booking");
    }
}
