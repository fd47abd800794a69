using FitnessKit.Model;
using FitnessKit.Reporting;
using FitnessKit.Tests.TestSupport;
using FluentAssertions;
using Xunit;

namespace FitnessKit.Tests.Reporting;

/// <summary>The HTML report in a real browser: the context map renders, the filters narrow the table, no script fails, and no name from the inspected code can run as script.</summary>
public sealed class HtmlReportBrowserTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void The_broken_samples_report_renders_its_map_and_filters_without_a_script_error()
    {
        var artifacts = Path.Combine(Repository.Root, "artifacts", "test-results");
        Directory.CreateDirectory(artifacts);
        var screenshot = Path.Combine(artifacts, "html-report-broken-sample.png");
        File.Delete(screenshot);

        var seen = BrowserHarness.Open(ReportRendering.Render(SampleReports.Broken, ReportFormat.Html), _folder.Path, screenshot);

        seen.Errors.Should().BeEmpty();
        seen.Contexts.Should().Equal("Orders", "Shipping", "Billing", "Customers", "Reporting", "Worker");
        seen.RedEdges.Should().BeEquivalentTo("Shipping->Orders", "Billing->Orders", "Customers->Orders", "Reporting->Orders", "Reporting->Shipping", "Worker->Billing");
        seen.DiagramWidth.Should().BeGreaterThan(300);
        seen.DiagramHeight.Should().BeGreaterThan(200);
        seen.Total.Should().Be(26);
        seen.PageInfo.Should().Be("page 1 of 1", "26 violations fit on one page");
        seen.LastPageRows.Should().Be(26);
        seen.ShowAllContext.Should().Be("Orders", "Orders' section names 10 of its 14 violations (7 from Orders, 7 into it); every other section names all of its");
        seen.ByRule.Should().Be(2, "two FK003 violations are planted");
        seen.BySearch.Should().Be(1);
        seen.ShownText.Should().Be("1 of 26");
        seen.ByContextClick.Should().Be(9, "clicking Billing shows what Billing breaks (its FK001 use of Orders, its public entity configuration, the two tables it shares, its contract that pulls EF Core in through the shared kernel) and what reaches into it (the worker reading its invoices, the three mappings of tables it also maps)");
        new FileInfo(screenshot).Length.Should().BeGreaterThan(10_000, "the screenshot is kept as a test artifact");
    }

    [Fact]
    public void The_context_map_says_how_each_context_uses_the_other_and_its_legend_names_the_colours()
    {
        var seen = BrowserHarness.Open(ReportRendering.Render(SampleReports.Broken, ReportFormat.Html), _folder.Path);

        seen.Errors.Should().BeEmpty();
        seen.StyleLegend.Should().Equal("consumes events", "sends commands", "asks queries synchronously", "uses types only");
        seen.StyleLegendBottom.Should().BeGreaterThan(0).And.BeLessThanOrEqualTo(seen.MapHeight, "the legend of the styles lies inside the map, under the first legend");
        seen.EdgeStyles.Should().Contain("Shipping->Orders: 2 events · 1 query · 4 type uses | rgb(209, 36, 47)", "an arrow with violations stays red, and says it asks Orders a query")
            .And.Contain("Orders->Customers: 2 events | rgb(26, 127, 55)", "Orders only consumes Customers' event (in its service and in its module's subscription): green")
            .And.Contain("Reporting->Orders:  | rgb(209, 36, 47)", "SQL alone has no code style");
    }

    [Fact]
    public void A_report_of_twenty_thousand_violations_shows_one_page_of_them_and_finds_the_last_one()
    {
        var broken = SampleReports.Broken;
        var violations = Enumerable.Range(0, 20_000).Select(i => broken.Violations[i % broken.Violations.Count] with
        {
            SourceType = $"Shop.Generated.Copy{i:D5}",
            Message = $"Copy{i:D5}: {broken.Violations[i % broken.Violations.Count].Message}",
        }).ToList();
        var report = SampleReports.WithViolations(broken, violations);

        var seen = BrowserHarness.Open(ReportRendering.Render(report, ReportFormat.Html), _folder.Path, search: "Copy19999:");

        seen.Errors.Should().BeEmpty("the page's script runs to the end");
        seen.AllShownText.Should().Be("20000 of 20000");
        seen.Rows.Should().Be(100, "the table holds one page, not 20,000 rows");
        seen.Elements.Should().BeLessThan(3_000, "the whole page stays small: the violations are data, and each context section names only its first few");
        seen.PageInfo.Should().Be("page 1 of 200");
        seen.LastPageInfo.Should().Be("page 200 of 200");
        seen.LastPageRows.Should().Be(100);
        seen.LastPageText.Should().Contain("Copy19999: ").And.Contain("Copy19900: ").And.NotContain("Copy19899: ");
        seen.ByRule.Should().Be(100, "2,500 FK003 violations match, a page of them is shown");
        seen.BySearch.Should().Be(1);
        seen.ShownText.Should().Be("1 of 20000");
        seen.SearchText.Should().Contain(violations[^1].Message);
        seen.ByContextClick.Should().Be(100);
        seen.ShowAllContext.Should().Be("Orders", "the first context section with more violations than it names has a button to show them all");
        seen.ShowAllText.Should().Be($"{violations.Count(v => v.SourceContext == "Orders" || v.TargetContext == "Orders")} of 20000");
    }

    [Fact]
    public void Names_holding_markup_are_shown_as_text_and_never_run()
    {
        var broken = SampleReports.Broken;
        var hostile = broken.Violations[0] with
        {
            SourceType = "Shop.Billing.<script>window.__pwned='type'</script>",
            SourceMember = "<img src=x onerror=\"window.__pwned='member'\">",
            Message = "Uses \"Shop.Orders.<svg onload=window.__pwned='message'>\" & 'quotes' \u0007 ünïcødé",
            Fix = "</td></tr></table><script>window.__pwned='fix'</script>",
            Location = new SourceLocation(Path.Combine(Repository.Root, "src", "<b>bold</b>.cs"), 3),
        };
        var report = SampleReports.WithViolations(broken, [hostile]);

        var seen = BrowserHarness.Open(ReportRendering.Render(report, ReportFormat.Html), _folder.Path);

        seen.Pwned.Should().BeNull();
        seen.Errors.Should().BeEmpty("an escaped name creates no script for the policy to block");
        seen.Scripts.Should().Be(4, "the report's script, its violations as data (never run) and the harness's two, nothing from the names");
        seen.Text.Should().Contain("Uses \"Shop.Orders.<svg onload=window.__pwned='message'>\" & 'quotes' \\u0007 ünïcødé")
            .And.Contain("</td></tr></table><script>window.__pwned='fix'</script>")
            .And.Contain("src/<b>bold</b>.cs:3");
    }
}
