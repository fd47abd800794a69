using FitnessKit.Evaluation;
using FitnessKit.Inspection;
using FitnessKit.Reporting;
using FitnessKit.Tests.Reporting;
using FitnessKit.Tests.TestSupport;
using FluentAssertions;
using Xunit;

namespace FitnessKit.Tests.Hostile;

/// <summary>
/// The HTML report carries its violations as JSON inside a <c>&lt;script type="application/json"&gt;</c> element. Compiled
/// types whose names hold <c>&lt;/SCRIPT &gt;</c>, <c>&lt;!--&lt;script&gt;</c> (which would keep the element open past its
/// end tag) and a line separator can neither end that element, nor run, nor break the data: the page's script reads
/// it and shows every name as text.
/// </summary>
public sealed class HtmlScriptDataBrowserTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Names_made_to_end_the_data_element_are_shown_as_text_and_never_run()
    {
        var contexts = HostileAssemblies.WriteScriptDataNames(_folder.Path);
        var report = FitnessCheck.Evaluate(AssemblySource.Files(contexts.OrdersPath, contexts.BillingPath), HostileContexts.Map);
        report.Violations.Should().Contain(v => v.TargetType == HostileAssemblies.ScriptDataTarget && v.SourceType == HostileAssemblies.ScriptDataSource, "the subject breaks a rule through the hostile names");
        var html = FitnessReportWriter.Render(report, ReportFormat.Html);

        var seen = BrowserHarness.Open(html, _folder.Path, search: "<!--<script>");

        seen.Pwned.Should().BeNull();
        seen.Errors.Should().BeEmpty("the data parses and the page's script runs to the end");
        seen.Scripts.Should().Be(4, "the report's script, its violations as data and the harness's two, nothing from the names");
        seen.Total.Should().Be(report.Violations.Count);
        seen.BySearch.Should().Be(1, "the search finds the violation by the comment opener in its target's name");
        seen.SearchText.Should().Contain(HostileAssemblies.ScriptDataTarget).And.Contain("Issue\\u2028-->");
        html.Should().NotContain("<!--<script>").And.NotContain("</SCRIPT >");
    }
}
