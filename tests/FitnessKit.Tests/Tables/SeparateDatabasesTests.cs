using FitnessKit.ContextMapping;
using System.Text.Json;
using FitnessKit.Evaluation;
using FitnessKit.Reporting;
using FitnessKit.Tests.Reporting;
using FitnessKit.Rules;
using FluentAssertions;
using Xunit;

namespace FitnessKit.Tests.Tables;

/// <summary>
/// Contexts that keep their tables in databases of their own (<c>"database"</c> of a context in the map), on the Data
/// subjects: a table is the same table only within one database, SQL without a database name reads its context's, and
/// a three-part name reads the database it names.
/// </summary>
public sealed class SeparateDatabasesTests
{
    private const string Worker = "FitnessKit.Subjects.Data.Worker.Scenarios.";
    private const string Reporting = "FitnessKit.Subjects.Data.Reporting.Scenarios.";

    [Fact]
    public void Two_contexts_that_each_map_a_table_in_a_database_of_their_own_do_not_share_it()
    {
        // Sales and Support both map ops.AuditLog through the shared outbox library's UseSharedAuditLog.
        var report = Evaluate(("Sales", "SalesDb"), ("Support", "SupportDb"));

        report.Violations.Should().NotContain(v => v.Rule.Id == "FK006" && v.TargetTable!.EndsWith("ops.AuditLog", StringComparison.Ordinal));
        report.Tables!.Tables.Where(t => t.Table.Name == "AuditLog").Select(t => (t.Table.ToString(), t.Owner))
            .Should().BeEquivalentTo([("SalesDb.ops.AuditLog", "Sales"), ("SupportDb.ops.AuditLog", "Support")]);

        using var json = JsonDocument.Parse(ReportRendering.Render(report, ReportFormat.Json));
        var tables = json.RootElement.GetProperty("tables");
        tables.GetProperty("databases").GetProperty("Sales").GetString().Should().Be("SalesDb");
        tables.GetProperty("items").EnumerateArray().Single(t => t.GetProperty("name").GetString() == "SupportDb.ops.AuditLog")
            .GetProperty("database").GetString().Should().Be("SupportDb");
    }

    [Fact]
    public void Contexts_that_name_one_database_share_its_tables()
    {
        // Sales and Legacy both map sales.Orders, in the one database both name.
        var report = Evaluate(("Sales", "SalesDb"), ("Legacy", "salesdb"), ("Support", "SupportDb"));

        report.Violations.Where(v => v.Rule.Id == "FK006" && v.TargetTable == "SalesDb.sales.Orders").Select(v => v.SourceContext)
            .Should().BeEquivalentTo(["Sales", "Legacy"]);
        report.Tables!.Databases.Should().BeEquivalentTo(new Dictionary<string, string> { ["Sales"] = "SalesDb", ["Legacy"] = "SalesDb", ["Support"] = "SupportDb" });
        DataPhrases.Databases(report.Tables, "shared").Should().Be(
            "Each database is its own: Legacy and Sales keep their tables in SalesDb, Support keeps its tables in SupportDb; contexts that name no database share one. A table is the same table where its database, schema and name match.");
        var shared = report.Violations.First(v => v.Rule.Id == "FK006" && v.TargetTable == "SalesDb.sales.Orders");
        shared.Message.Should().Contain("to table SalesDb.sales.Orders");
        shared.Fix.Should().NotContain("\"database\"", "the contexts already name the database they share");
    }

    [Fact]
    public void A_three_part_name_reads_the_table_in_the_database_it_names()
    {
        var report = Evaluate(("Worker", "WorkerDb"), ("Ledger", "LedgerDb"));

        report.Violations.Where(v => v.Rule.Id == "FK004" && v.SourceType == Worker + "LedgerBalanceAcrossDatabases").Select(v => (v.TargetTable, v.TargetContext))
            .Should().Equal(("LedgerDb.ops.Accounts", "Ledger"));
        report.Violations.Should().NotContain(v => v.SourceType == Worker + "OwnArchiveByDatabaseName", "it names the worker's own database, where its scripts create the table");
        report.Tables!.Tables.Single(t => t.Table.ToString() == "WorkerDb.ops.worker_archive").Owner.Should().Be("Worker");
    }

    [Fact]
    public void A_three_part_name_of_a_database_the_map_does_not_name_is_a_table_no_context_owns()
    {
        // Ledger names no database: LedgerDb is a database the map does not know, its ops.Accounts not Ledger's.
        var report = Evaluate(("Worker", "WorkerDb"));

        report.Violations.Should().NotContain(v => v.Rule.Id == "FK004" && v.SourceType == Worker + "LedgerBalanceAcrossDatabases");
        report.Tables!.Tables.Single(t => t.Table.ToString() == "LedgerDb.ops.Accounts").Owner.Should().BeNull();
        report.Tables.Tables.Single(t => t.Table.ToString() == "ops.Accounts").Owner.Should().Be("Ledger");
    }

    [Fact]
    public void SQL_that_names_no_database_reads_its_own_context_s()
    {
        // Reporting joins sales.Orders and support.Tickets: in a database of Reporting's own, neither is Sales' or Support's.
        var report = Evaluate(("Reporting", "ReportingDb"));

        report.Violations.Should().NotContain(v => (v.Rule.Id == "FK004" || v.Rule.Id == "FK005") && v.SourceType == Reporting + "CrossContextJoinInterpolated");
        report.Tables!.Tables.Single(t => t.Table.ToString() == "ReportingDb.sales.Orders").Owner.Should().BeNull();
        DataSubjects.Report.Violations.Should().Contain(v => v.Rule.Id == "FK004" && v.SourceType == Reporting + "CrossContextJoinInterpolated", "in one database it reads Sales' table");
    }

    [Fact]
    public void A_claim_covers_the_tables_of_its_context_s_database()
    {
        // The worker reads [ops].[AccountsHistory], which only Ledger's temporal table names: in the worker's database,
        // a table no DbContext maps, which its claim makes its own; Reporting's claim of it is of another database.
        var report = FitnessCheck.Evaluate(DataSubjects.Report.Model.CodeBase, Map([("Worker", "WorkerDb"), ("Reporting", "ReportingDb")], ("Worker", "ops.AccountsHistory"), ("Reporting", "ops.AccountsHistory")));

        var claimed = report.Tables!.Tables.Single(t => t.Table.ToString() == "WorkerDb.ops.AccountsHistory");
        (claimed.Owner, claimed.Reason).Should().Be(("Worker", "claimed by Worker in the context map"));
        report.Tables.Tables.Single(t => t.Table.ToString() == "ops.AccountsHistory").Owner.Should().Be("Ledger");
        report.Tables.Notes.Should().Contain("context Reporting claims tables 'ops.AccountsHistory' in database ReportingDb, but the code maps and queries no table that matches it.");
    }

    private static FitnessReport Evaluate(params (string Context, string Database)[] databases) =>
        FitnessCheck.Evaluate(DataSubjects.Report.Model.CodeBase, Map(databases));

    /// <summary>The Data subjects' map, with a database for each context named, and a claim of tables.</summary>
    private static ContextMap Map((string Context, string Database)[] databases, params (string Context, string Table)[] claims)
    {
        var builder = ContextMap.Define();
        foreach (var context in DataSubjects.Map.Contexts)
        {
            builder.Context(context.Name, c =>
            {
                c.Assemblies([.. context.Assemblies.Select(a => a.Text)]);
                if (databases.FirstOrDefault(d => d.Context == context.Name).Database is { } database)
                {
                    c.Database(database);
                }

                c.Tables([.. claims.Where(t => t.Context == context.Name).Select(t => t.Table)]);
            });
        }

        return builder.SharedKernel([.. DataSubjects.Map.SharedKernelAssemblies.Select(a => a.Text)]).Build();
    }
}
