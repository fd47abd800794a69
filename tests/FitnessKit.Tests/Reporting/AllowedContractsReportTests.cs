using System.Text.Json;
using FitnessKit.Evaluation;
using FitnessKit.Reporting;
using FitnessKit.Rules;
using FitnessKit.Tests.TestSupport;
using FluentAssertions;
using Xunit;

namespace FitnessKit.Tests.Reporting;

/// <summary>
/// What would have been allowed instead (<see cref="Violation.Allowed"/>) is the same for every violation from one
/// context into another: each report says it once per pair of contexts, not once per violation.
/// </summary>
public sealed class AllowedContractsReportTests
{
    /// <summary>The target's contract types, one list for all the violations of a pair, as ContractsOnlyRule gives them.</summary>
    private static readonly IReadOnlyList<string> Contracts = [.. Enumerable.Range(0, 133).Select(i => $"Shop.Orders.Contracts.Contract{i:D3}")];

    /// <summary>The broken sample's FK001 violation of Billing on Orders, copied a thousand times from as many types, each with <see cref="Contracts"/>.</summary>
    private static FitnessReport ThousandViolationsOfOnePair()
    {
        var broken = SampleReports.Broken;
        var violation = broken.Violations.First(v => v.Rule.Id == "FK001" && v.SourceContext == "Billing" && v.TargetContext == "Orders");
        return SampleReports.WithViolations(broken, Enumerable.Range(0, 1000).Select(i => violation with { SourceType = $"Shop.Billing.Copy{i:D4}", Allowed = Contracts }));
    }

    public sealed class The_json_report
    {
        [Fact]
        public void Lists_the_allowed_contract_types_once_in_its_context_pairs_and_on_no_violation()
        {
            var text = ReportRendering.Render(ThousandViolationsOfOnePair(), ReportFormat.Json);

            using var json = JsonDocument.Parse(text);
            json.RootElement.GetProperty("version").GetInt32().Should().Be(2);
            var pair = json.RootElement.GetProperty("contextPairs").EnumerateArray().Should().ContainSingle().Subject;
            pair.GetProperty("from").GetString().Should().Be("Billing");
            pair.GetProperty("to").GetString().Should().Be("Orders");
            pair.GetProperty("allowed").EnumerateArray().Select(n => n.GetString()).Should().Equal(Contracts);
            json.RootElement.GetProperty("violations").EnumerateArray().Should().HaveCount(1000);
            json.RootElement.GetProperty("violations").EnumerateArray().Count(v => v.TryGetProperty("allowed", out _)).Should().Be(0);
            Occurrences(text, Contracts[^1]).Should().Be(1);
        }

        [Fact]
        public void Gives_a_violation_whose_list_differs_from_its_pairs_its_own()
        {
            var report = ThousandViolationsOfOnePair();
            var odd = report.Violations[0] with { SourceType = "Shop.Billing.Odd", Allowed = ["Shop.Orders.Contracts.OnlyThis"] };
            var text = ReportRendering.Render(SampleReports.WithViolations(report, [.. report.Violations, odd]), ReportFormat.Json);

            using var json = JsonDocument.Parse(text);
            var withOwn = json.RootElement.GetProperty("violations").EnumerateArray().Where(v => v.TryGetProperty("allowed", out _)).Should().ContainSingle().Subject;
            withOwn.GetProperty("sourceType").GetString().Should().Be("Shop.Billing.Odd");
            withOwn.GetProperty("allowed").EnumerateArray().Select(n => n.GetString()).Should().Equal("Shop.Orders.Contracts.OnlyThis");
        }
    }

    public sealed class The_other_reports
    {
        [Fact]
        public void Sarif_lists_them_once_in_the_runs_properties()
        {
            var text = ReportRendering.Render(ThousandViolationsOfOnePair(), ReportFormat.Sarif);

            using var sarif = JsonDocument.Parse(text);
            var run = sarif.RootElement.GetProperty("runs")[0];
            var pair = run.GetProperty("properties").GetProperty("contextPairs").EnumerateArray().Should().ContainSingle().Subject;
            pair.GetProperty("allowed").GetArrayLength().Should().Be(133);
            run.GetProperty("results").GetArrayLength().Should().Be(1000);
            Occurrences(text, Contracts[^1]).Should().Be(1);
        }

        [Fact]
        public void Html_lists_them_once_in_the_section_of_the_source_context()
        {
            var text = ReportRendering.Render(ThousandViolationsOfOnePair(), ReportFormat.Html);

            Occurrences(text, Contracts[^1]).Should().Be(1);
            text.Should().Contain("<summary>What Billing may use of Orders instead: 133 contract types</summary>");
        }

        [Fact]
        public void Markdown_names_a_few_once_and_says_how_many_more()
        {
            var text = ReportRendering.Render(ThousandViolationsOfOnePair(), ReportFormat.Markdown);

            text.Should().Contain("| Billing | Orders | 133: Shop.Orders.Contracts.Contract000, ")
                .And.Contain("Contract004, and 128 more (all in the JSON report) |");
            Occurrences(text, "Contract004").Should().Be(1);
        }
    }

    private static int Occurrences(string text, string name) => text.Split(name).Length - 1;
}
