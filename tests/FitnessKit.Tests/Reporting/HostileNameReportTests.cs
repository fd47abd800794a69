using System.Text.Json;
using System.Xml.Linq;
using FitnessKit.Evaluation;
using FitnessKit.Inspection;
using FitnessKit.Reporting;
using FitnessKit.Tests.TestSupport;
using FluentAssertions;
using Xunit;

namespace FitnessKit.Tests.Reporting;

/// <summary>
/// Reports of compiled assemblies whose type names hold <c>&lt;script&gt;</c>: every format carries the name as text
/// (HTML-escaped, Markdown-escaped, XML-escaped, JSON-escaped) and the HTML report, opened in Chromium, runs none of it.
/// </summary>
public sealed class HostileNameReportTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();
    private readonly HostileContexts _contexts;
    private readonly FitnessReport _report;

    public HostileNameReportTests()
    {
        _contexts = HostileAssemblies.WriteMarkupNames(_folder.Path);
        _report = FitnessCheck.Evaluate(AssemblySource.Files(_contexts.OrdersPath, _contexts.BillingPath), HostileContexts.Map);
    }

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void The_subject_breaks_a_rule_through_a_type_named_with_a_script_tag()
    {
        _contexts.TargetType.Should().Contain("<script>");
        _report.Violations.Should().Contain(v => v.TargetType == _contexts.TargetType);
    }

    [Fact]
    public void Html_shows_the_name_as_text_and_runs_no_script_from_it()
    {
        var html = ReportRendering.Render(_report, ReportFormat.Html);

        html.Should().NotContain("<script>alert").And.Contain("&lt;script&gt;alert(1)&lt;/script&gt;");
        var seen = BrowserHarness.Open(html, _folder.Path);
        seen.Errors.Should().BeEmpty();
        seen.Pwned.Should().BeNull();
        seen.Scripts.Should().Be(3);
        seen.Text.Should().Contain(_contexts.TargetType);
    }

    [Fact]
    public void Markdown_carries_no_raw_markup()
    {
        var markdown = ReportRendering.Render(_report, ReportFormat.Markdown);

        markdown.Should().NotContain("<script").And.Contain("&lt;script&gt;alert(1)&lt;/script&gt;");
    }

    [Fact]
    public void JUnit_is_well_formed_xml_that_holds_the_name()
    {
        var xml = XDocument.Parse(ReportRendering.Render(_report, ReportFormat.JUnit));

        xml.Descendants("failure").Should().ContainSingle().Which.Value.Should().Contain(_contexts.TargetType);
    }

    [Fact]
    public void Sarif_and_json_are_valid_and_hold_the_name()
    {
        var sarif = JsonDocument.Parse(ReportRendering.Render(_report, ReportFormat.Sarif));
        var json = JsonDocument.Parse(ReportRendering.Render(_report, ReportFormat.Json));

        sarif.RootElement.GetProperty("runs")[0].GetProperty("results")[0].GetProperty("message").GetProperty("text").GetString().Should().Contain(_contexts.TargetType);
        json.RootElement.GetProperty("violations").EnumerateArray().Select(v => v.GetProperty("targetType").GetString()).Should().Contain(_contexts.TargetType);
    }
}
