using FitnessKit.Configuration;
using FitnessKit.ContextMapping;
using FitnessKit.Evaluation;
using FitnessKit.Inspection;
using FitnessKit.Rules;
using FluentAssertions;
using Xunit;

namespace FitnessKit.Tests.Tables;

/// <summary>Tables the context map claims for a context: owned by it, so its SQL on them is no breach, and another context's is.</summary>
public sealed class TableClaimTests
{
    private static readonly Lazy<FitnessReport> Claimed = new(() =>
    {
        var prefix = DataSubjects.Prefix;
        var map = ContextMap.Define()
            .Context("Sales", c => c.Assemblies($"{prefix}.Sales"))
            .Context("Support", c => c.Assemblies($"{prefix}.Support"))
            .Context("Legacy", c => c.Assemblies($"{prefix}.Legacy"))
            .Context("Identity", c => c.Assemblies($"{prefix}.Identity"))
            .Context("Catalog", c => c.Assemblies($"{prefix}.Catalog"))
            .Context("Reporting", c => c.Assemblies($"{prefix}.Reporting").Tables("public.legacy_exports"))
            .Context("Worker", c => c.Assemblies($"{prefix}.Worker").Tables("billing.*"))
            .Context("Ops", c => c.Assemblies($"{prefix}.Outbox").Tables("OPS.notif*"))
            .Build();
        return FitnessCheck.Evaluate(DataSubjects.Source, map);
    });

    [Fact]
    public void A_claimed_table_is_owned_by_the_context_that_claims_it()
    {
        var exports = Claimed.Value.Tables!.Tables.Single(t => t.Table.ToString() == "public.legacy_exports");

        exports.Owner.Should().Be("Reporting");
        exports.Reason.Should().Be("claimed by Reporting in the context map");
        Claimed.Value.Violations.Should().NotContain(v => v.TargetTable == "public.legacy_exports", "Reporting reads its own table");
    }

    [Fact]
    public void Sql_of_another_context_on_a_claimed_table_is_a_foreign_access_and_claims_compare_without_case()
    {
        var notifications = Claimed.Value.Tables!.Tables.Single(t => t.Table.ToString() == "ops.Notifications");

        notifications.Owner.Should().Be("Ops");
        Claimed.Value.Violations.Should().ContainSingle(v => v.TargetTable == "ops.Notifications")
            .Which.Rule.Should().Be(RuleCatalog.ForeignTableAccess);
    }

    [Fact]
    public void A_mapping_wins_over_a_claim_and_a_claim_that_matches_nothing_is_said()
    {
        var invoices = Claimed.Value.Tables!.Tables.Single(t => t.Table.ToString() == "billing.Invoices");

        invoices.Owner.Should().Be("Sales", "SalesDbContext maps billing.Invoices");
        Claimed.Value.Tables!.Notes.Should().NotContain(n => n.Contains("billing.*", StringComparison.Ordinal));

        var nothing = FitnessCheck.Evaluate(DataSubjects.Report.Model.CodeBase, ContextMap.Define()
            .Context("Reporting", c => c.Assemblies($"{DataSubjects.Prefix}.Reporting").Tables("archive.*"))
            .Build(), [RuleCatalog.Get("FK007")]);
        nothing.Tables!.Notes.Should().Contain("context Reporting claims tables 'archive.*', but the code maps and queries no table that matches it.");
    }

    [Fact]
    public void A_table_that_many_contexts_claim_names_the_first_three_and_counts_the_rest()
    {
        var prefix = DataSubjects.Prefix;
        var claims = ContextMap.Define()
            .Context("Sales", c => c.Assemblies($"{prefix}.Sales"))
            .Context("Reporting", c => c.Assemblies($"{prefix}.Reporting").Tables("public.legacy_exports"))
            .Context("Worker", c => c.Assemblies($"{prefix}.Worker").Tables("public.legacy_exports"))
            .Context("Ops", c => c.Assemblies($"{prefix}.Outbox").Tables("public.legacy_exports"))
            .Context("Catalog", c => c.Assemblies($"{prefix}.Catalog").Tables("public.legacy_*"))
            .Context("Identity", c => c.Assemblies($"{prefix}.Identity").Tables("public.legacy_exports"))
            .Build();

        var exports = FitnessCheck.Evaluate(DataSubjects.Report.Model.CodeBase, claims, [RuleCatalog.Get("FK007")]).Tables!.Tables
            .Single(t => t.Table.ToString() == "public.legacy_exports");

        exports.Owner.Should().BeNull();
        exports.MappedBy.Should().Equal("Reporting", "Worker", "Ops", "Catalog", "Identity");
        exports.Reason.Should().Be("claimed by 5 contexts in the context map: Reporting, Worker, Ops and 2 more");
    }

    [Fact]
    public void Reads_claims_from_the_tables_of_a_context_in_fitness_json()
    {
        using var folder = new TestSupport.TemporaryFolder();
        var file = Path.Combine(folder.Path, "fitness.json");
        File.WriteAllText(file, """
            { "assemblies": ["*.dll"], "contexts": [ { "name": "Reporting", "assemblies": ["Reporting"], "tables": ["reporting.daily_sales", "legacy.*"] } ] }
            """);

        var map = FitnessConfig.Load(file).Map;

        map.Contexts.Single().Tables.Select(p => p.Text).Should().Equal("reporting.daily_sales", "legacy.*");
    }
}
