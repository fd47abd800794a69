using System.Globalization;
using System.Text;
using FitnessKit.Baselines;
using FitnessKit.ContextMapping;
using FitnessKit.Dependencies;
using FitnessKit.Inspection;
using FitnessKit.Model;
using FitnessKit.Persistence;
using FitnessKit.Rules;
using FitnessKit.Tables;

namespace FitnessKit.Evaluation;

/// <summary>
/// The result of a check, as a value: what was checked (contexts, assemblies, types, rules) and every violation found.
/// Filter it, write it out, baseline it, or call <see cref="ThrowIfViolated"/> to fail.
/// </summary>
public sealed class FitnessReport
{
    private readonly Lazy<ContextDependencies> _dependencies;

    internal FitnessReport(ContextModel model, IReadOnlyList<RuleDescriptor> rules, IReadOnlyList<Violation> violations, BaselineStatus? baseline = null, TableCatalog? tables = null, PersistenceCatalog? persistence = null, ContextDependencies? dependencies = null)
        : this(model, rules, violations, baseline, tables, persistence, dependencies is null ? new Lazy<ContextDependencies>(() => ContextDependencies.Build(model, tables)) : new Lazy<ContextDependencies>(dependencies))
    {
    }

    private FitnessReport(ContextModel model, IReadOnlyList<RuleDescriptor> rules, IReadOnlyList<Violation> violations, BaselineStatus? baseline, TableCatalog? tables, PersistenceCatalog? persistence, Lazy<ContextDependencies> dependencies)
    {
        _dependencies = dependencies;
        Persistence = persistence;
        Model = model;
        Rules = rules;
        Violations = violations;
        Baseline = baseline;
        Tables = tables;
    }

    /// <summary>Gets the tables of the code base (who owns each, who maps and queries it), or <see langword="null"/> when no evaluated rule needed them.</summary>
    public TableCatalog? Tables { get; }

    /// <summary>Gets the persistence types of the code base, or <see langword="null"/> when no evaluated rule needed them.</summary>
    public PersistenceCatalog? Persistence { get; }

    /// <summary>Gets which context depends on which, through code and, when the tables were read, through data: the one computation the rules (FK009) and the reports' context map share, made here on first use when no rule needed it.</summary>
    internal ContextDependencies Dependencies => _dependencies.Value;

    /// <summary>Gets what the check could not decide and says so rather than pass silently, such as a type whose base lies in an assembly that was not found.</summary>
    public IReadOnlyList<string> Notes => Persistence?.Notes ?? [];

    /// <summary>Gets the contexts as resolved against the code.</summary>
    public ContextModel Model { get; }

    /// <summary>Gets the rules that were evaluated.</summary>
    public IReadOnlyList<RuleDescriptor> Rules { get; }

    /// <summary>Gets every violation, ordered by rule, source and target.</summary>
    public IReadOnlyList<Violation> Violations { get; }

    /// <summary>Gets how the violations compare with a baseline, or <see langword="null"/> when none was applied.</summary>
    public BaselineStatus? Baseline { get; }

    /// <summary>Gets the violations that no baseline accepts: all of them when no baseline was applied.</summary>
    public IReadOnlyList<Violation> NewViolations => [.. Violations.Where(v => !v.Baselined)];

    /// <summary>Gets a value indicating whether any violation that no baseline accepts has <see cref="Severity.Error"/>.</summary>
    public bool HasErrors => Violations.Any(v => v.Severity == Severity.Error && !v.Baselined);

    /// <summary>Gets one line that says what was checked, so that a clean run is visibly not an empty one.</summary>
    public string Scope =>
        $"{Phrases.Count(Model.Contexts.Count, "context")}, {Phrases.Count(Model.CodeBase.Assemblies.Count, "assembly", "assemblies")}, {Phrases.Count(Model.CodeBase.TypeCount, "type")}, {Phrases.Count(Rules.Count, "rule")} ({string.Join(", ", Rules.Select(r => r.Id))})";

    /// <summary>Keeps only the violations that match a predicate.</summary>
    /// <param name="predicate">Which violations to keep.</param>
    /// <returns>A report with the same scope and fewer violations.</returns>
    public FitnessReport Where(Func<Violation, bool> predicate) => new(Model, Rules, [.. Violations.Where(predicate)], Baseline, Tables, Persistence, _dependencies);

    /// <summary>Compares the report with a baseline: the violations it records are marked <see cref="Violation.Baselined"/> and no longer fail; the rest are new.</summary>
    /// <param name="baseline">The accepted violations, such as <c>Baseline.Load("fitness.baseline.json")</c>.</param>
    /// <returns>A report with the same violations, marked, and <see cref="Baseline"/> set.</returns>
    /// <exception cref="FitnessKitException">The baseline lists a rule that does not exist.</exception>
    public FitnessReport Against(Baseline baseline)
    {
        ArgumentNullException.ThrowIfNull(baseline);
        var (status, violations) = BaselineStatus.Apply(baseline, Violations, Rules);
        return new(Model, Rules, violations, status, Tables, Persistence, _dependencies);
    }

    /// <summary>Keeps only the violations of one rule.</summary>
    /// <param name="rule">The rule.</param>
    /// <returns>A report with the violations of that rule.</returns>
    public FitnessReport Of(RuleDescriptor rule) => Where(v => v.Rule.Id == rule?.Id);

    /// <summary>Throws a <see cref="FitnessViolationException"/> whose message lists the violations when there is any error.</summary>
    /// <param name="baseDirectory">A directory to show source paths relative to, or <see langword="null"/>.</param>
    /// <exception cref="FitnessViolationException">Some violation has <see cref="Severity.Error"/>.</exception>
    public void ThrowIfViolated(string? baseDirectory = null)
    {
        if (HasErrors)
        {
            throw new FitnessViolationException(this, Describe(baseDirectory));
        }
    }

    /// <summary>Describes the report for a person: the scope, then each violation grouped by rule and context.</summary>
    /// <param name="baseDirectory">A directory to show source paths relative to, or <see langword="null"/>.</param>
    /// <returns>Text, one violation per block.</returns>
    public string Describe(string? baseDirectory = null)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"Checked {Scope}.");
        if (Baseline is not null)
        {
            text.AppendLine(Baseline.Describe());
        }

        var shown = NewViolations;
        if (shown.Count == 0)
        {
            text.AppendLine(Baseline is null ? "No violations." : "No new violations.");
            return text.ToString();
        }

        text.AppendLine(CultureInfo.InvariantCulture, $"{Phrases.Count(shown.Count, Baseline is null ? "violation" : "new violation")}:");
        foreach (var rule in shown.GroupBy(v => v.Rule))
        {
            text.AppendLine();
            text.AppendLine(CultureInfo.InvariantCulture, $"{rule.Key.Id} {rule.Key.Name}: {rule.Key.Title} ({rule.Count()})");
            foreach (var group in rule.GroupBy(v => v.SourceContext ?? v.SourceAssembly))
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"  {(group.First().SourceContext is null ? "assembly" : "context")} {group.Key}:");
                foreach (var violation in group)
                {
                    text.AppendLine(CultureInfo.InvariantCulture, $"  - [{violation.Severity.ToString().ToLowerInvariant()}] {violation.Message}");
                    if (violation.Location is not null)
                    {
                        text.AppendLine(CultureInfo.InvariantCulture, $"    at {violation.Location.ToString(baseDirectory)}");
                    }

                    text.AppendLine(CultureInfo.InvariantCulture, $"    Fix: {violation.Fix}");
                }
            }
        }

        return text.ToString();
    }
}

/// <summary>Thrown by <see cref="FitnessReport.ThrowIfViolated"/>; its message lists the violations.</summary>
public sealed class FitnessViolationException : Exception
{
    /// <summary>Initializes a new instance.</summary>
    /// <param name="report">The report with the violations.</param>
    /// <param name="message">The description of the violations.</param>
    public FitnessViolationException(FitnessReport report, string message)
        : base(message) => Report = report;

    /// <summary>Initializes a new instance without a report.</summary>
    public FitnessViolationException()
        : base("Architecture fitness rules were violated.")
    {
    }

    /// <summary>Initializes a new instance without a report.</summary>
    /// <param name="message">The message.</param>
    public FitnessViolationException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance without a report.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public FitnessViolationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Gets the report, when thrown from a check.</summary>
    public FitnessReport? Report { get; }
}
