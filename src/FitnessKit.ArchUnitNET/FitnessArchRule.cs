using System.Runtime.CompilerServices;
using ArchUnitNET.Domain;
using ArchUnitNET.Fluent;
using FitnessKit.ContextMapping;
using FitnessKit.Evaluation;
using FitnessKit.Rules;

namespace FitnessKit.ArchUnitNET;

/// <summary>
/// A FitnessKit rule as an ArchUnitNET <see cref="IArchRule"/>: it evaluates with FitnessKit's engine over the files of
/// the architecture's assemblies, and reports each violation as a failed <see cref="EvaluationResult"/> whose
/// description is the violation as <see cref="Violation.Describe"/> writes it: sentence, file:line and fix.
/// </summary>
public sealed class FitnessArchRule : IArchRule
{
    private readonly IReadOnlyList<IFitnessRule> _rules;
    private readonly ContextMap _map;
    private readonly ArchitectureFiles _files;

    // The report of each architecture this rule was asked about: ArchUnitNET asks a failing rule twice, whether it holds
    // and then what it found, and the code of an architecture is read once (ArchitectureFiles).
    private readonly ConditionalWeakTable<Architecture, FitnessReport> _reports = new();

    internal FitnessArchRule(IReadOnlyList<IFitnessRule> rules, ContextMap map, ArchitectureFiles files)
    {
        _rules = rules;
        _map = map;
        _files = files;
    }

    /// <summary>Gets the rules' ids, names and titles.</summary>
    public string Description => string.Join(" and ", _rules.Select(r => $"{r.Descriptor} ({r.Descriptor.Title})"));

    /// <summary>Looks for the architecture's assembly files in a folder too, such as the bin folder they were loaded from.</summary>
    /// <param name="folder">The folder.</param>
    /// <returns>A rule that also searches the folder.</returns>
    public FitnessArchRule LocatedIn(string folder) => new(_rules, _map, _files.With(folder));

    /// <summary>Evaluates the rule with FitnessKit, once for each architecture, and returns its report, for a test that wants the data.</summary>
    /// <param name="architecture">The ArchUnitNET architecture.</param>
    /// <returns>The report.</returns>
    /// <exception cref="FitnessKitException">An assembly file cannot be found or read, or the map does not fit the code.</exception>
    public FitnessReport Report(Architecture architecture)
    {
        ArgumentNullException.ThrowIfNull(architecture);
        return _reports.GetValue(architecture, a => FitnessCheck.Evaluate(_files.Load(a), _map, _rules));
    }

    /// <inheritdoc />
    public bool HasNoViolations(Architecture architecture) => !Report(architecture).HasErrors;

    /// <summary>Evaluates the rule: one failed result per violation with <see cref="Severity.Error"/>, or one passed result that says what was checked.</summary>
    /// <param name="architecture">The ArchUnitNET architecture.</param>
    /// <returns>The results.</returns>
    public IEnumerable<EvaluationResult> Evaluate(Architecture architecture)
    {
        var report = Report(architecture);
        var errors = report.Violations.Where(v => v.Severity == Severity.Error).ToList();
        return errors.Count == 0
            ? [new EvaluationResult(report, new StringIdentifier(Description), true, $"Checked {report.Scope}.", this, architecture)]
            : errors.Select(v => new EvaluationResult(v, new StringIdentifier(v.Key), false, v.Describe(), this, architecture));
    }

    /// <inheritdoc />
    public CombinedArchRuleDefinition And() => new(this, LogicalConjunctionDefinition.And);

    /// <inheritdoc />
    public CombinedArchRuleDefinition Or() => new(this, LogicalConjunctionDefinition.Or);

    /// <inheritdoc />
    public IArchRule And(IArchRule archRule) => new CombinedArchRule(this, LogicalConjunctionDefinition.And, archRule);

    /// <inheritdoc />
    public IArchRule Or(IArchRule archRule) => new CombinedArchRule(this, LogicalConjunctionDefinition.Or, archRule);

    /// <inheritdoc />
    public override string ToString() => Description;
}
