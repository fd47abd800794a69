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
/// Names with invisible, bidirectional and control characters are written as <c>\uXXXX</c> in every report people
/// read (HTML, Markdown, SARIF and JUnit text), as the console prints them, and kept exactly in the JSON data.
/// </summary>
public sealed class HostileNameReportTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();
    private readonly HostileContexts _contexts;
    private readonly FitnessReport _report;
    private readonly FitnessReport _invisible;

    public HostileNameReportTests()
    {
        _contexts = HostileAssemblies.WriteMarkupNames(_folder.Path);
        _report = FitnessCheck.Evaluate(AssemblySource.Files(_contexts.OrdersPath, _contexts.BillingPath), HostileContexts.Map);
        var invisible = HostileAssemblies.WriteInvisibleNames(Directory.CreateDirectory(Path.Combine(_folder.Path, "invisible")).FullName);
        _invisible = FitnessCheck.Evaluate(AssemblySource.Files(invisible.OrdersPath, invisible.BillingPath), HostileContexts.Map);
    }

    /// <summary>Control, invisible and bidirectional characters, a line separator, a byte-order mark and a lone surrogate, by code point.</summary>
    public static TheoryData<int> HiddenCharacters => new(0x0000, 0x0001, 0x0009, 0x000A, 0x001B, 0x001F, 0x007F, 0x0085, 0x200B, 0x202C, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069, 0x2028, 0xFEFF, 0xD800);

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
        seen.Scripts.Should().Be(4, "the report's script, its violations as data (never run) and the harness's two");
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

    [Fact]
    public void The_subject_breaks_a_rule_through_names_with_invisible_bidirectional_and_control_characters()
    {
        _invisible.Violations.Should().Contain(v => v.TargetType == HostileAssemblies.InvisibleTarget && v.SourceType == HostileAssemblies.InvisibleSource && v.SourceMember == HostileAssemblies.InvisibleMember);
    }

    [Theory]
    [InlineData(ReportFormat.Html, @"Shop.Orders.Invoice\u202Etxt.exe\u202C", @"Pay\u200Bment\u2066A\u2067B\u2068C\u2069", @"Issue\u0001\u0009\u000ANo violations.\u001B[2K\u001F")]
    [InlineData(ReportFormat.Markdown, @"Shop.Orders.Invoice\\u202Etxt.exe\\u202C", @"Pay\\u200Bment\\u2066A\\u2067B\\u2068C\\u2069", @"Issue\\u0001\\u0009\\u000ANo violations.\\u001B\[2K\\u001F")]
    public void Html_and_markdown_write_invisible_bidirectional_and_control_characters_as_escapes(ReportFormat format, string target, string source, string member)
    {
        var text = ReportRendering.Render(_invisible, format);

        text.Should().Contain(target).And.Contain(source).And.Contain(member);
        foreach (var hidden in "\u0001\u001B\u001F\u200B\u202C\u202E\u2066\u2067\u2068\u2069")
        {
            text.Should().NotContain(hidden.ToString(), $"U+{(int)hidden:X4} must be escaped in {format}");
        }
    }

    [Fact]
    public void Sarif_and_junit_texts_write_them_as_escapes_and_json_keeps_the_names_exactly()
    {
        var sarif = JsonDocument.Parse(ReportRendering.Render(_invisible, ReportFormat.Sarif));
        var junit = XDocument.Parse(ReportRendering.Render(_invisible, ReportFormat.JUnit));
        var json = JsonDocument.Parse(ReportRendering.Render(_invisible, ReportFormat.Json));

        var message = sarif.RootElement.GetProperty("runs")[0].GetProperty("results")[0].GetProperty("message").GetProperty("text").GetString();
        message.Should().Contain(@"Shop.Orders.Invoice\u202Etxt.exe\u202C").And.Contain(@"Issue\u0001\u0009\u000ANo violations.").And.NotContain("\u202E").And.NotContain("\n");
        var failure = junit.Descendants("failure").Should().ContainSingle().Which.Value;
        failure.Should().Contain(@"Shop.Orders.Invoice\u202Etxt.exe\u202C").And.Contain(@"Issue\u0001\u0009\u000ANo violations.").And.NotContain("\u202E").And.NotContain("\u0001");
        failure.Split('\n').Should().NotContain(line => line.StartsWith("No violations.", StringComparison.Ordinal));
        json.RootElement.GetProperty("violations").EnumerateArray().Select(v => v.GetProperty("targetType").GetString()).Should().Contain(HostileAssemblies.InvisibleTarget);
    }

    [Theory]
    [MemberData(nameof(HiddenCharacters))]
    public void The_console_and_the_reports_escape_each_hidden_character_alike(int codePoint)
    {
        var hidden = (char)codePoint;
        var escaped = $"a\\u{codePoint:X4}b";

        FitnessKit.Cli.Printable.Text($"a{hidden}b").Should().Be(escaped);
        ReportText.Html($"a{hidden}b").Should().Be(escaped);
        ReportText.Markdown($"a{hidden}b").Should().Be(escaped.Replace(@"\", @"\\", StringComparison.Ordinal));
    }

    [Fact]
    public void Visible_text_in_any_script_is_left_as_it_is()
    {
        const string visible = "Überfällig 日本語 \U0001F600 עברית";

        ReportText.Printable(visible).Should().Be(visible);
        FitnessKit.Cli.Printable.Text(visible).Should().Be(visible);
    }
}
