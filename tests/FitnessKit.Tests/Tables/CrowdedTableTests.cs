using FitnessKit.ContextMapping;
using FitnessKit.Evaluation;
using FitnessKit.Inspection;
using FitnessKit.Tests.TestSupport;
using FluentAssertions;
using Xunit;

namespace FitnessKit.Tests.Tables;

/// <summary>
/// FK006 on a table that six contexts map (the Crowd subject): each mapper gets its violation, and each names the
/// other five by count and the first three by name, so that a table mapped by every module of a large system does
/// not repeat every module's name in each of its violations (199 mappers made 199 violations of 199 names each).
/// </summary>
public sealed class CrowdedTableTests
{
    private static readonly string[] Mappers = ["Alpha", "Bravo", "Charlie", "Delta", "Echo", "Foxtrot"];

    private static readonly Lazy<FitnessReport> Report = new(() =>
    {
        var map = ContextMap.Define();
        foreach (var name in Mappers)
        {
            map.Context(name, c => c.Namespaces($"FitnessKit.Subjects.Data.Crowd.{name}"));
        }

        return FitnessCheck.Evaluate(AssemblySource.Files(Repository.Subject("FitnessKit.Subjects.Data.Crowd")), map.Build());
    });

    [Fact]
    public void Reports_each_of_the_six_mappers_of_one_table()
    {
        var shared = Report.Value.Violations.Where(v => v.Rule.Id == "FK006").ToList();

        shared.Select(v => v.SourceContext).Should().BeEquivalentTo(Mappers);
        shared.Should().OnlyContain(v => v.TargetTable == "shared.Settings");
    }

    [Fact]
    public void Names_the_other_mappers_by_count_and_the_first_three_by_name()
    {
        var messages = Report.Value.Violations.Where(v => v.Rule.Id == "FK006").OrderBy(v => v.SourceContext, StringComparer.Ordinal).Select(v => v.Message);

        messages.Should().OnlyContain(m => m.Contains("and 5 other contexts (", StringComparison.Ordinal) && m.Contains(" and 2 more) map it too: the table has 6 owners", StringComparison.Ordinal));
        Approvals.Verify(string.Join(Environment.NewLine, messages) + Environment.NewLine, "FK006-crowded-table-messages");
    }
}
