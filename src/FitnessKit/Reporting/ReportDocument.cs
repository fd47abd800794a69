using System.Reflection;
using FitnessKit.Evaluation;
using FitnessKit.Inspection;
using FitnessKit.Model;
using FitnessKit.Rules;

namespace FitnessKit.Reporting;

/// <summary>The one model every report writer renders: a <see cref="FitnessReport"/> with what the writers need computed once (context graph, counts, relative paths, what each pair of contexts allows), built once for all the formats of a report.</summary>
internal sealed class ReportDocument
{
    private readonly Dictionary<string, int> _byRule = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _ruleIndex = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _from = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _into = new(StringComparer.Ordinal);

    private ReportDocument(FitnessReport report, ReportOptions options)
    {
        Report = report;
        Options = options;
        BaseDirectory = Path.GetFullPath(options.BaseDirectory ?? Directory.GetCurrentDirectory());
        Edges = ContextGraph.Build(report);
        TypeCount = report.Model.CodeBase.TypeCount;
        Allowed = AllowedContracts.Of(report);
        foreach (var (rule, index) in report.Rules.Select((r, i) => (r, i)))
        {
            _ruleIndex.TryAdd(rule.Id, index);
        }

        foreach (var violation in report.Violations)
        {
            _byRule[violation.Rule.Id] = _byRule.GetValueOrDefault(violation.Rule.Id) + 1;
            if (violation.SourceContext is { } from)
            {
                _from[from] = _from.GetValueOrDefault(from) + 1;
            }

            if (violation.TargetContext is { } into && into != violation.SourceContext)
            {
                _into[into] = _into.GetValueOrDefault(into) + 1;
            }

            if (violation.Baselined)
            {
                BaselinedCount++;
            }
            else if (violation.Severity == Severity.Error)
            {
                Errors++;
            }
        }
    }

    public static string ToolVersion { get; } = typeof(ReportDocument).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";

    public FitnessReport Report { get; }

    public ReportOptions Options { get; }

    public string BaseDirectory { get; }

    public IReadOnlyList<ContextEdge> Edges { get; }

    public int TypeCount { get; }

    /// <summary>Gets what each pair of contexts allows, said once per pair.</summary>
    public AllowedContracts Allowed { get; }

    public IReadOnlyList<Violation> Violations => Report.Violations;

    public int Errors { get; }

    public int NewCount => Report.Violations.Count - BaselinedCount;

    public int BaselinedCount { get; }

    public static ReportDocument From(FitnessReport report, ReportOptions? options) => new(report, options ?? ReportOptions.Default);

    public string HelpUri(RuleDescriptor rule) => Options.HelpBaseUri + rule.HelpPath;

    public string? Where(Violation violation) => violation.Location?.ToString(BaseDirectory);

    /// <summary>The location's file relative to <see cref="BaseDirectory"/> with forward slashes, or <see langword="null"/> when it lies outside.</summary>
    public string? RelativeFile(SourceLocation location)
    {
        var relative = Path.GetRelativePath(BaseDirectory, location.File);
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? null : relative.Replace('\\', '/');
    }

    public int ViolationsOf(RuleDescriptor rule) => _byRule.GetValueOrDefault(rule.Id);

    /// <summary>The index of the rule in <see cref="FitnessReport.Rules"/>, or -1 when it is not one of them.</summary>
    public int RuleIndex(RuleDescriptor rule) => _ruleIndex.TryGetValue(rule.Id, out var index) ? index : -1;

    public IEnumerable<Violation> ViolationsFrom(string context) => Report.Violations.Where(v => v.SourceContext == context);

    public int CountFrom(string context) => _from.GetValueOrDefault(context);

    public int CountInto(string context) => _into.GetValueOrDefault(context);

    public static string Member(Violation violation) =>
        violation.SourceType is null ? violation.SourceAssembly : string.IsNullOrEmpty(violation.SourceMember) ? violation.SourceType : $"{violation.SourceType}.{violation.SourceMember}";

    public static string Target(Violation violation) => violation.TargetType ?? (violation.TargetTable is null ? null : "table " + violation.TargetTable) ?? violation.TargetAssembly ?? string.Empty;

    public static string SeverityName(Violation violation) => violation.Severity.ToString().ToLowerInvariant();
}
