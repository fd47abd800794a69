using System.Collections.Concurrent;
using FitnessKit.ContextMapping;
using FitnessKit.Evaluation;
using FitnessKit.Inspection;
using FitnessKit.Persistence;
using FitnessKit.Rules;
using NetArchTest.Rules;

namespace FitnessKit.NetArchTest;

/// <summary>
/// FitnessKit's view of a set of assemblies, loaded once and shared by the predicates and conditions of this package:
/// their persistence types and, with a context map, which context owns each type and every rule's violations.
/// NetArchTest's types are matched to it by full name. NetArchTest itself never shows a test a type whose namespace
/// starts with <c>System</c> or <c>Microsoft</c>, so such types pass every check silently.
/// </summary>
public sealed class FitnessTypes
{
    private readonly HashSet<string> _persistence;
    private readonly ContextModel? _model;
    private readonly ConcurrentDictionary<string, HashSet<string>> _contextTypes = new(StringComparer.Ordinal);

    private FitnessTypes(CodeBase codeBase, ContextMap? map)
    {
        CodeBase = codeBase;
        if (map is not null)
        {
            Report = FitnessCheck.Evaluate(codeBase, map);
            _model = Report.Model;
        }

        // The check's own catalog when there is one: recognised again without its view, the persistence types are the
        // same, but the DbContexts' and configurations' code is decoded again in full (0.7 s over 1,000 DbContexts).
        var catalog = Report?.Persistence ?? PersistenceCatalog.Build(codeBase, map?.Persistence);
        _persistence = [.. catalog.Types.Select(t => t.Type.FullName)];
    }

    /// <summary>Gets the inspected code.</summary>
    public CodeBase CodeBase { get; }

    /// <summary>Gets the report of every rule of the catalog, or <see langword="null"/> when no map was given.</summary>
    public FitnessReport? Report { get; }

    /// <summary>Reads assemblies and, when a map is given, evaluates every rule of the catalog once.</summary>
    /// <param name="source">The assemblies, usually the same files NetArchTest reads (<c>Types.FromPath</c>, <c>Types.FromFile</c>).</param>
    /// <param name="map">The context map, needed for contexts and rules; <see langword="null"/> for persistence detection alone.</param>
    /// <returns>The view.</returns>
    /// <exception cref="FitnessKitException">The assemblies cannot be read, or the map does not fit the code.</exception>
    public static FitnessTypes Load(AssemblySource source, ContextMap? map = null) => new(CodeBase.Load(source), map);

    /// <summary>Explains a NetArchTest result of <see cref="FitnessConditions.FollowRule"/>: the violations of its failing types, described as FitnessKit describes them everywhere (sentence, file:line, fix).</summary>
    /// <param name="result">The NetArchTest result.</param>
    /// <param name="rule">The rule the condition checked.</param>
    /// <returns>The report of those violations; its <see cref="FitnessReport.Describe"/> is the text to show.</returns>
    public FitnessReport Explain(TestResult result, RuleDescriptor rule)
    {
        ArgumentNullException.ThrowIfNull(result);
        var failing = (result.FailingTypeNames ?? []).Select(NetArchTestNames.ToFullName).ToHashSet(StringComparer.Ordinal);
        return RequireReport().Of(rule).Where(v => v.SourceType is not null && failing.Contains(v.SourceType));
    }

    internal bool IsPersistenceType(string fullName) => _persistence.Contains(fullName);

    internal bool IsOwnedBy(string fullName, string context) =>
        _contextTypes.GetOrAdd(context, name => [.. RequireModel()[name].Types.Select(t => t.FullName)]).Contains(fullName);

    internal bool Breaks(string fullName, RuleDescriptor rule) =>
        RequireReport().Violations.Any(v => v.Rule.Id == rule.Id && v.Severity == Severity.Error && v.SourceType == fullName);

    private FitnessReport RequireReport() =>
        Report ?? throw new FitnessKitException("This check needs a context map: load the types with FitnessTypes.Load(source, map).");

    private ContextModel RequireModel() => _model ?? RequireReport().Model;
}
