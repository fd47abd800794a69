using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using FitnessKit.Tests.TestSupport;

namespace FitnessKit.Tests.Reporting;

/// <summary>
/// Opens an HTML report in headless Chromium with a test harness added to a copy of it: one script at the top records
/// script errors, console errors and content-security-policy violations; one at the end drives the filters and the pager the way a
/// person would and writes what it saw into the page as JSON. Both are allowed by hash in the copy's policy, so the
/// report's own policy stays in force.
/// </summary>
internal static partial class BrowserHarness
{
    private const string Recorder = "window.__errors=[];window.addEventListener('error',function(e){window.__errors.push('error: '+e.message);});document.addEventListener('securitypolicyviolation',function(e){window.__errors.push('csp: '+e.violatedDirective+' '+e.blockedURI);});var __ce=console.error;console.error=function(){window.__errors.push('console: '+Array.prototype.join.call(arguments,' '));__ce.apply(console,arguments);};";

    private const string Driver = """
        (function () {
          function visible() { return document.querySelectorAll('#violation-table tbody tr.violation:not([hidden])').length; }
          function set(id, value, event) { var control = document.getElementById(id); control.value = value; control.dispatchEvent(new Event(event)); }
          var out = { errors: window.__errors, pwned: window.__pwned === undefined ? null : String(window.__pwned), scripts: document.scripts.length };
          out.contexts = Array.prototype.map.call(document.querySelectorAll('#context-map .context'), function (g) { return g.getAttribute('data-context'); });
          out.redEdges = Array.prototype.filter.call(document.querySelectorAll('#context-map .dependency'), function (g) { return g.querySelector('path.bad') !== null; })
            .map(function (g) { return g.getAttribute('data-from') + '->' + g.getAttribute('data-to'); });
          out.styleLegend = Array.prototype.map.call(document.querySelectorAll('#context-map .legend.styles text'), function (t) { return t.textContent; });
          out.edgeStyles = Array.prototype.map.call(document.querySelectorAll('#context-map .dependency'), function (g) {
            var styles = g.querySelector('.edge-styles');
            return g.getAttribute('data-from') + '->' + g.getAttribute('data-to') + ': ' + (styles ? styles.textContent : '') + ' | ' + getComputedStyle(g.querySelector('path')).stroke;
          });
          var legend = document.querySelector('#context-map .legend.styles');
          if (legend) { out.styleLegendBottom = legend.getBBox().y + legend.getBBox().height + legend.transform.baseVal.getItem(0).matrix.f; }
          out.mapHeight = document.getElementById('context-map').viewBox.baseVal.height;
          var box = document.getElementById('context-map').getBBox();
          out.diagramWidth = box.width; out.diagramHeight = box.height;
          out.total = visible();
          out.rows = document.querySelectorAll('#violation-table tbody tr').length;
          out.elements = document.getElementsByTagName('*').length;
          out.pageInfo = document.getElementById('page-info').textContent;
          out.allShownText = document.getElementById('shown-count').textContent;
          document.getElementById('last-page').click();
          out.lastPageRows = visible(); out.lastPageInfo = document.getElementById('page-info').textContent;
          out.lastPageText = document.getElementById('violation-table').textContent;
          document.getElementById('first-page').click();
          set('rule-filter', 'FK003', 'change'); out.byRule = visible(); set('rule-filter', '', 'change');
          set('text-filter', __SEARCH__, 'input'); out.bySearch = visible(); out.shownText = document.getElementById('shown-count').textContent;
          out.searchText = document.getElementById('violation-table').textContent; set('text-filter', '', 'input');
          var billing = document.querySelector('#context-map .context[data-context="Billing"]');
          if (billing) { billing.dispatchEvent(new MouseEvent('click', { bubbles: true })); out.byContextClick = visible(); set('context-filter', '', 'change'); }
          var more = document.querySelector('.show-context');
          if (more) { out.showAllContext = more.getAttribute('data-context'); more.click(); out.showAllText = document.getElementById('shown-count').textContent; set('context-filter', '', 'change'); }
          out.text = document.getElementById('violation-table').textContent;
          var pre = document.createElement('pre'); pre.id = 'harness-result'; pre.textContent = JSON.stringify(out); document.body.appendChild(pre);
        })();
        """;

    private static readonly JsonSerializerOptions ResultOptions = new() { PropertyNameCaseInsensitive = true };

    /// <summary>Opens the report, drives it and returns what the harness saw.</summary>
    /// <param name="html">The report.</param>
    /// <param name="folder">Where to write the page the browser opens.</param>
    /// <param name="screenshot">Where to keep a screenshot of the report as it is, if anywhere.</param>
    /// <param name="search">What the harness types into the search box.</param>
    public static BrowserResult Open(string html, string folder, string? screenshot = null, string search = "PricingPolicy")
    {
        var driver = Driver.Replace("__SEARCH__", JsonSerializer.Serialize(search), StringComparison.Ordinal);
        var page = Path.Combine(folder, "harnessed-report.html");
        var policy = PolicyPattern().Match(html);
        if (!policy.Success)
        {
            throw new global::Xunit.Sdk.XunitException("The report has no Content-Security-Policy with a script hash.");
        }

        var harnessed = html
            .Insert(policy.Index + policy.Length, $" 'sha256-{Hash(Recorder)}' 'sha256-{Hash(driver)}'")
            .Replace("<meta charset=\"utf-8\">", $"<meta charset=\"utf-8\"><script>{Recorder}</script>", StringComparison.Ordinal)
            .Replace("</body>", $"<script>{driver}</script></body>", StringComparison.Ordinal);
        File.WriteAllText(page, harnessed);
        var dom = HeadlessChromium.DumpDom(page);
        var result = ResultPattern().Match(dom);
        if (!result.Success)
        {
            throw new global::Xunit.Sdk.XunitException($"The harness wrote no result; the page's scripts did not run to the end. DOM tail: {dom[Math.Max(0, dom.Length - 2000)..]}");
        }

        if (screenshot is not null)
        {
            var original = Path.Combine(folder, "report.html");
            File.WriteAllText(original, html);
            HeadlessChromium.Screenshot(original, screenshot);
        }

        return JsonSerializer.Deserialize<BrowserResult>(System.Net.WebUtility.HtmlDecode(result.Groups[1].Value), ResultOptions)!;
    }

    private static string Hash(string script) => Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(script)));

    [GeneratedRegex("script-src 'sha256-[A-Za-z0-9+/=]+'")]
    private static partial Regex PolicyPattern();

    [GeneratedRegex("<pre id=\"harness-result\">(.*?)</pre>", RegexOptions.Singleline)]
    private static partial Regex ResultPattern();
}

/// <summary>What the harness saw in the browser.</summary>
internal sealed record BrowserResult(
    IReadOnlyList<string> Errors, string? Pwned, int Scripts, IReadOnlyList<string> Contexts, IReadOnlyList<string> RedEdges,
    double DiagramWidth, double DiagramHeight, int Total, int ByRule, int BySearch, string ShownText, int? ByContextClick, string Text,
    int Rows, int Elements, string PageInfo, string AllShownText, int LastPageRows, string LastPageInfo, string LastPageText, string SearchText,
    string? ShowAllContext, string? ShowAllText, IReadOnlyList<string>? StyleLegend = null, IReadOnlyList<string>? EdgeStyles = null, double StyleLegendBottom = 0, double MapHeight = 0);
