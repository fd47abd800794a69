using System.Reflection;
using FitnessKit.Evaluation;
using FitnessKit.Inspection;
using FitnessKit.Model;
using FitnessKit.Rules;

namespace FitnessKit.Reporting;

/// <summary>The one model every report writer renders: a <see cref="FitnessReport"/> with what the writers need computed once (context graph, counts, relative paths).</summary>
internal sealed class ReportDocument
{
    private ReportDocument(FitnessReport report, ReportOptions options)
    {
        Report = report;
        Options = options;
        BaseDirectory = Path.GetFullPath(options.BaseDirectory ?? Directory.GetCurrentDirectory());
        Edges = ContextGraph.Build(report);
        TypeCount = report.Model.CodeBase.Types.Count();
    }

    public static string ToolVersion { get; } = typeof(ReportDocument).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";

    public FitnessReport Report { get; }

    public ReportOptions Options { get; }

    public string BaseDirectory { get; }

    public IReadOnlyList<ContextEdge> Edges { get; }

    public int TypeCount { get; }

    public IReadOnlyList<Violation> Violations => Report.Violations;

    public int Errors => Report.Violations.Count(v => v.Severity == Severity.Error && !v.Baselined);

    public int NewCount => Report.Violations.Count(v => !v.Baselined);

    public int BaselinedCount => Report.Violations.Count(v => v.Baselined);

    public static ReportDocument From(FitnessReport report, ReportOptions? options) => new(report, options ?? ReportOptions.Default);

    public string HelpUri(RuleDescriptor rule) => Options.HelpBaseUri + rule.HelpPath;

    public string? Where(Violation violation) => violation.Location?.ToString(BaseDirectory);

    /// <summary>The location's file relative to <see cref="BaseDirectory"/> with forward slashes, or <see langword="null"/> when it lies outside.</summary>
    public string? RelativeFile(SourceLocation location)
    {
        var relative = Path.GetRelativePath(BaseDirectory, location.File);
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? null : relative.Replace('\\', '/');
    }

    public int ViolationsOf(RuleDescriptor rule) => Report.Violations.Count(v => v.Rule.Id == rule.Id);

    public IEnumerable<Violation> ViolationsFrom(string context) => Report.Violations.Where(v => v.SourceContext == context);

    public IEnumerable<Violation> ViolationsInto(string context) => Report.Violations.Where(v => v.TargetContext == context && v.SourceContext != context);

    public static string Member(Violation violation) =>
        violation.SourceType is null ? violation.SourceAssembly : violation.SourceMember is null ? violation.SourceType : $"{violation.SourceType}.{violation.SourceMember}";

    public static string Target(Violation violation) => violation.TargetType ?? (violation.TargetTable is null ? null : "table " + violation.TargetTable) ?? violation.TargetAssembly ?? string.Empty;

    public static string SeverityName(Violation violation) => violation.Severity.ToString().ToLowerInvariant();
}
