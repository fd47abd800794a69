using FitnessKit.Baselines;
using FitnessKit.Cli;
using FitnessKit.Configuration;
using FitnessKit.ContextMapping;
using FitnessKit.Inspection;
using FitnessKit.Reporting;
using FitnessKit.Rules;
using FitnessKit.Tests.TestSupport;
using FluentAssertions;
using Xunit;

namespace FitnessKit.Tests.Configuration;

/// <summary>
/// Every message that suggests a name does it one way, through <c>Suggestions.DidYouMean</c>: <c>(did you mean "x"?)</c>,
/// with the name as it would be written in fitness.json or on the command line. The messages are one snapshot.
/// </summary>
public sealed class DidYouMeanTests
{
    private const string Settings = """{ "assemblies": ["bin/*.dll"], "contexts": [ { "name": "Orders", "assemblies": ["Shop.Orders"] } ], "rules": { "FK01": "off" }, "persistence": { "namespace": [] } }""";

    private const string Map = """{ "assemblies": ["bin/*.dll"], "contexts": [ { "name": "Orders", "assemblies": ["Shop.Orders"] }, { "name": "Billing", "assemblies": ["Shop.Billing"], "mayUse": ["Order"] } ] }""";

    [Fact]
    public void Suggests_a_setting_a_rule_a_context_a_pattern_a_format_a_baseline_rule_and_an_option_in_one_format()
    {
        var messages = new List<string>();
        messages.AddRange(Problems(() => FitnessConfig.Parse(Settings, "/config/fitness.json")));
        messages.AddRange(Problems(() => FitnessConfig.Parse(Map, "/config/fitness.json")));
        messages.AddRange(Problems(() => RuleCatalog.Get("ContractOnly")));
        messages.AddRange(Problems(() => FitnessKit.Reporting.ReportFormats.Parse("sarf")));
        messages.AddRange(Problems(() => SampleReports.Broken.Model["Orderz"]));
        messages.AddRange(Problems(() => ContextMap.Define().Context("Orders", c => c.Assemblies("Shop.Orderz")).Build().Resolve(SampleReports.Broken.Model.CodeBase)));
        messages.AddRange(Problems(() => SampleReports.Broken.Against(Baseline.Parse("""{ "fitnessKitBaseline": 1, "violations": [ { "rule": "FK0001", "source": "Shop.Billing.BillingService", "count": 1 } ] }""", "fitness.baseline.json"))));
        messages.Add(ParseErrors.Describe(FitnessKitCommand.Create().Parse(["check", "--confg", "fitness.json"])).First());

        messages.Should().HaveCount(9).And.OnlyContain(m => System.Text.RegularExpressions.Regex.IsMatch(m, " \\(did you mean \"[^\"]+\"\\?\\)"));
        Approvals.Verify(string.Join(Environment.NewLine, messages), "did-you-mean");
    }

    private static IReadOnlyList<string> Problems(Action action) =>
        FluentActions.Invoking(action).Should().Throw<FitnessKitException>().Which.Problems;

    private static IReadOnlyList<string> Problems<T>(Func<T> action) => Problems(() => { action(); });
}
