using FitnessKit.Evaluation;
using FitnessKit.Inspection;
using FitnessKit.Rules;
using FitnessKit.Tests.TestSupport;
using FluentAssertions;
using Xunit;

namespace FitnessKit.Tests.Tables;

/// <summary>
/// The data-ownership rules (FK004-FK007) on the Data subjects: each fires on its planted breaches and nowhere else,
/// stays silent on the compliant twins and the schema twins, and says each finding in a sentence kept as an approved
/// snapshot.
/// </summary>
public sealed class DataOwnershipRuleTests
{
    public static TheoryData<string> RuleIds() => new("FK004", "FK005", "FK006", "FK007", "FK008");

    [Fact]
    public void Finds_exactly_the_planted_breaches()
    {
        var found = DataSubjects.Report.Violations
            .Where(v => v.Rule.Id is "FK004" or "FK005" or "FK006" or "FK007" or "FK008")
            .Select(v => new DataOwnershipRuleScenarios.Planted(v.Rule.Id, v.SourceType!, v.SourceMember, v.Rule.Id == "FK008" ? v.TargetType! : v.TargetTable!));

        found.Should().BeEquivalentTo(DataOwnershipRuleScenarios.Violations, DataSubjects.Report.Describe(Repository.Root));
    }

    [Fact]
    public void Stays_silent_on_every_compliant_twin()
    {
        var sources = DataSubjects.Report.Violations.Select(v => Source(v.SourceType!, v.SourceMember)).ToHashSet();

        DataOwnershipRuleScenarios.SilentMembers.Should().OnlyContain(m => DataSubjects.Tables.Statements.Any(s => Source(s.SourceType.FullName, s.SourceMember) == m)
            || m.Contains("ProseNotSql", StringComparison.Ordinal), "each twin sends SQL that was found");
        DataOwnershipRuleScenarios.SilentMembers.Should().NotContain(m => sources.Contains(m));
    }

    [Fact]
    public void Never_reports_a_schema_twin_as_shared()
    {
        foreach (var twin in DataOwnershipRuleScenarios.SchemaTwins)
        {
            var table = DataSubjects.Tables.Tables.Single(t => t.Table.ToString() == twin);
            table.MappedBy.Should().ContainSingle(twin + " is mapped by one context");
            table.Owner.Should().NotBeNull();
        }

        DataSubjects.Report.Violations.Where(v => v.Rule.Id == "FK006").Should().NotContain(v => DataOwnershipRuleScenarios.SchemaTwins.Contains(v.TargetTable));
    }

    [Fact]
    public void Gives_the_table_an_entity_is_split_into_to_the_context_that_alone_maps_it()
    {
        // Fulfilment's DockConfiguration: Dock in yard.Docks, its hours split into DockSchedules in the model's default schema.
        foreach (var name in new[] { "yard.Docks", "public.DockSchedules" })
        {
            var table = DataSubjects.Tables.Tables.Single(t => t.Table.ToString() == name);
            table.MappedBy.Should().Equal(["Fulfilment"], name + " is mapped by Fulfilment alone");
            table.Owner.Should().Be("Fulfilment");
        }

        DataSubjects.Report.Violations.Should().NotContain(v => v.TargetTable == "public.DockSchedules" || v.TargetTable == "yard.Docks");
    }

    [Fact]
    public void Gives_a_schema_to_the_context_that_alone_maps_into_it_so_its_sql_only_tables_are_its_own()
    {
        var projection = DataSubjects.Tables.Tables.Single(t => t.Table.ToString() == "reporting.daily_sales");

        projection.Owner.Should().Be("Reporting");
        projection.Reason.Should().Be("in schema reporting, which only Reporting maps into");
        DataSubjects.Tables.SchemaOwners.Should().Contain("support", "Support").And.Contain("reporting", "Reporting");
        DataSubjects.Tables.SchemaOwners.Should().NotContainKey("sales", "Legacy maps sales.Orders too").And.NotContainKey("ops", "Sales and Support both map ops.AuditLog");
    }

    [Fact]
    public void Reports_a_foreign_DbContext_once_as_FK008_and_as_FK001_only_when_FK008_is_not_evaluated()
    {
        const string worker = "FitnessKit.Subjects.Data.Worker.Scenarios.ForeignDbContextUse";
        const string dbContext = "FitnessKit.Subjects.Data.Legacy.LegacyDbContext";

        DataSubjects.Report.Violations.Where(v => v.SourceType == worker && v.TargetType == dbContext).Select(v => v.Rule.Id).Should().Equal("FK008");
        FitnessCheck.Evaluate(DataSubjects.Report.Model.CodeBase, DataSubjects.Map, [RuleCatalog.Get("FK001")]).Violations
            .Should().Contain(v => v.SourceType == worker && v.TargetType == dbContext, "FK001 alone still sees the use");
        DataSubjects.Report.Violations.Should().NotContain(v => v.Rule.Id == "FK008" && v.SourceType!.Contains("Reporting", StringComparison.Ordinal), "Reporting uses only its own DbContext");
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Says_each_breach_in_a_sentence_with_its_location_and_fix(string ruleId)
    {
        var text = string.Join(Environment.NewLine + Environment.NewLine, DataSubjects.Report.Violations.Where(v => v.Rule.Id == ruleId).Select(v => v.Describe(Repository.Root)));

        text.Should().NotBeEmpty();
        Approvals.Verify(text, $"{ruleId}-messages");
    }

    /// <summary>A source as the twins name it: <c>Type.Member</c>, or the script alone, which no member sends.</summary>
    private static string Source(string type, string? member) => string.IsNullOrEmpty(member) ? type : $"{type}.{member}";
}
