using System.Text.Json;
using System.Xml.Linq;
using FitnessKit.Baselines;
using FitnessKit.Evaluation;
using FitnessKit.Reporting;
using FitnessKit.Rules;
using FitnessKit.Tests.TestSupport;
using FluentAssertions;
using Xunit;

namespace FitnessKit.Tests.Reporting;

/// <summary>Every writer renders the same model: the broken sample's six violations, its contexts and the dependencies between them.</summary>
public sealed class ReportWriterTests
{
    private static FitnessReport Broken => SampleReports.Broken;

    [Theory]
    [InlineData(ReportFormat.Html)]
    [InlineData(ReportFormat.Markdown)]
    [InlineData(ReportFormat.Json)]
    [InlineData(ReportFormat.Sarif)]
    [InlineData(ReportFormat.JUnit)]
    public void Should_render_the_broken_sample_as_approved(ReportFormat format)
    {
        var text = ReportRendering.Render(Broken, format);

        Approvals.Verify(ReportRendering.Portable(text), $"broken-sample.{format.ToString().ToLowerInvariant()}");
    }

    [Theory]
    [InlineData(ReportFormat.Markdown)]
    [InlineData(ReportFormat.JUnit)]
    public void Should_render_the_good_sample_as_passing(ReportFormat format)
    {
        var text = ReportRendering.Render(SampleReports.Good, format);

        Approvals.Verify(ReportRendering.Portable(text), $"good-sample.{format.ToString().ToLowerInvariant()}");
    }

    [Fact]
    public void Should_put_every_violation_with_all_its_data_into_the_json_report()
    {
        using var json = JsonDocument.Parse(ReportRendering.Render(Broken, ReportFormat.Json));
        var root = json.RootElement;

        root.GetProperty("summary").GetProperty("violations").GetInt32().Should().Be(26);
        root.GetProperty("summary").GetProperty("passed").GetBoolean().Should().BeFalse();
        var violations = root.GetProperty("violations").EnumerateArray().ToList();
        violations.Select(v => v.GetProperty("key").GetString()).Should().Equal(Broken.Violations.Select(v => v.Key));
        // The broken sample links a few files of the good one (CustomerConfiguration.cs): every location is a file of the samples.
        violations.Should().OnlyContain(v => v.GetProperty("location").GetProperty("file").GetString()!.StartsWith("samples/Shop", StringComparison.Ordinal) && File.Exists(Path.Combine(Repository.Root, v.GetProperty("location").GetProperty("file").GetString()!)));
        violations.Select(v => v.GetProperty("message").GetString()).Should().Equal(Broken.Violations.Select(v => v.Message));
        root.GetProperty("dependencies").EnumerateArray().Where(d => d.GetProperty("violations").GetInt32() > 0)
            .Select(d => $"{d.GetProperty("from").GetString()}->{d.GetProperty("to").GetString()}")
            .Should().BeEquivalentTo("Shipping->Orders", "Billing->Orders", "Customers->Orders", "Reporting->Orders", "Reporting->Shipping", "Worker->Billing");
    }

    [Fact]
    public void Should_write_a_junit_suite_per_rule_with_a_case_per_context()
    {
        var xml = XDocument.Parse(ReportRendering.Render(Broken, ReportFormat.JUnit));

        var suites = xml.Root!.Elements("testsuite").ToList();
        suites.Select(s => (string)s.Attribute("name")!).Should().Equal(RuleCatalog.Descriptors.Select(d => $"{d.Id} {d.Name}"));
        suites[0].Elements("testcase").Select(c => (string)c.Attribute("name")!).Should().Equal("Orders", "Shipping", "Billing", "Customers", "Reporting", "Worker");
        suites[0].Elements("testcase").Where(c => c.Element("failure") is not null).Select(c => (string)c.Attribute("name")!).Should().Equal("Billing");
        suites[1].Elements("testcase").Last().Attribute("name")!.Value.Should().Be("(outside any context)", "a shared entity package belongs to no context");
        ((int)xml.Root.Attribute("failures")!).Should().Be(18, "FK007 and FK012 find warnings and FK013 a note besides its errors, which are no failures");
        suites[2].Descendants("failure").Single(f => f.Parent!.Attribute("name")!.Value == "Billing").Value
            .Should().Contain("samples/Shop.Broken/Shop.Billing.Infrastructure/InvoiceConfiguration.cs:").And.Contain("Fix: ");
    }

    [Fact]
    public void Should_mark_baselined_violations_in_every_format_and_fail_none_of_them()
    {
        var planted = Broken.Violations.First(v => v.Rule.Id == "FK002");
        var report = Broken.Against(Baseline.Of(Broken.Where(v => v != planted).Violations));

        var sarif = JsonDocument.Parse(ReportRendering.Render(report, ReportFormat.Sarif)).RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().ToList();
        sarif.Count(r => r.GetProperty("baselineState").GetString() == "new").Should().Be(1);
        sarif.Count(r => r.TryGetProperty("suppressions", out _)).Should().Be(25);
        var junit = XDocument.Parse(ReportRendering.Render(report, ReportFormat.JUnit));
        junit.Descendants("failure").Should().ContainSingle().Which.Attribute("type")!.Value.Should().Be("FK002");
        ReportRendering.Render(report, ReportFormat.Markdown).Should().Contain("## New violations").And.Contain("25 known (not failing), 1 new");
        ReportRendering.Render(report, ReportFormat.Html).Split("\"b\":true").Length.Should().Be(26, "the HTML table's data marks the 25 baselined violations");
    }

    [Fact]
    public void Should_write_the_requested_files_atomically_into_the_folder_and_nowhere_else()
    {
        using var folder = new TemporaryFolder();
        var output = Path.Combine(folder.Path, "reports");

        var written = FitnessReportWriter.Write(Broken, output, ReportFormats.All, ReportRendering.Options);

        written.Select(Path.GetFileName).Should().Equal("fitness-report.html", "fitness-report.md", "fitness-report.json", "fitness-report.sarif", "fitness-report.junit.xml");
        Directory.GetFileSystemEntries(folder.Path).Should().Equal(output);
        Directory.GetFiles(output).Should().HaveCount(5, "no temporary file is left behind");
        JsonSchemas.ValidateSarifFilesIn(output).Should().Be(1);
    }

    [Theory]
    [InlineData("html,md", new[] { ReportFormat.Html, ReportFormat.Markdown })]
    [InlineData("SARIF; junit", new[] { ReportFormat.Sarif, ReportFormat.JUnit })]
    [InlineData("all", new[] { ReportFormat.Html, ReportFormat.Markdown, ReportFormat.Json, ReportFormat.Sarif, ReportFormat.JUnit })]
    public void Should_parse_format_lists(string list, ReportFormat[] expected) =>
        ReportFormats.Parse(list).Should().Equal(expected);

    [Fact]
    public void Should_reject_an_unknown_format_with_a_suggestion() =>
        FluentActions.Invoking(() => ReportFormats.Parse("html,sarf")).Should().Throw<FitnessKitException>()
            .WithMessage("'sarf' is not a report format (did you mean \"sarif\"?). Formats: html, md, json, sarif, junit, or all.");

    [Fact]
    public void Should_validate_sarif_strictly_enough_to_catch_a_wrong_level_and_a_relative_help_uri()
    {
        var sarif = ReportRendering.Render(Broken, ReportFormat.Sarif);

        JsonSchemas.SarifProblems(sarif.Replace("\"level\": \"error\"", "\"level\": \"fatal\"", StringComparison.Ordinal)).Should().NotBeEmpty();
        JsonSchemas.SarifProblems(sarif.Replace("\"helpUri\": \"https://", "\"helpUri\": \"no scheme ", StringComparison.Ordinal)).Should().NotBeEmpty();
    }
}
