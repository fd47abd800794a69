using FitnessKit.ContextMapping;
using FitnessKit.Inspection;
using FitnessKit.Rules;

namespace FitnessKit.Evaluation;

/// <summary>Evaluates rules against a code base and a context map. Evaluation returns a <see cref="FitnessReport"/>; whether to fail is a separate, explicit step.</summary>
public static class FitnessCheck
{
    /// <summary>Loads the assemblies of a source and evaluates the rules against them.</summary>
    /// <param name="source">The assemblies to inspect.</param>
    /// <param name="map">The context map.</param>
    /// <param name="rules">The rules to evaluate; every rule of the <see cref="RuleCatalog"/> when <see langword="null"/>.</param>
    /// <returns>The report.</returns>
    /// <exception cref="FitnessKitException">The input cannot be read, or the map does not fit the code.</exception>
    public static FitnessReport Evaluate(AssemblySource source, ContextMap map, IEnumerable<IFitnessRule>? rules = null) =>
        Evaluate(CodeBase.Load(source), map, rules);

    /// <summary>Evaluates rules against a loaded code base.</summary>
    /// <param name="codeBase">The inspected code.</param>
    /// <param name="map">The context map.</param>
    /// <param name="rules">The rules to evaluate; every rule of the <see cref="RuleCatalog"/> when <see langword="null"/>.</param>
    /// <param name="severities">Severity overrides by rule id; a rule not listed keeps its default.</param>
    /// <returns>The report.</returns>
    /// <exception cref="FitnessKitException">The map does not fit the code.</exception>
    public static FitnessReport Evaluate(CodeBase codeBase, ContextMap map, IEnumerable<IFitnessRule>? rules = null, IReadOnlyDictionary<string, Severity>? severities = null)
    {
        ArgumentNullException.ThrowIfNull(codeBase);
        ArgumentNullException.ThrowIfNull(map);
        var (model, catalogs) = CheckedMaps.Of(codeBase, map);
        Decode(codeBase, map, model);
        var selected = (rules ?? RuleCatalog.All).ToList();
        var context = new RuleContext(model, catalogs) { EvaluatedRules = selected.Select(r => r.Descriptor.Id).ToHashSet(StringComparer.Ordinal) };
        var found = RuleRun.Evaluate(selected, context, codeBase.Parallelism);
        var violations = new List<Violation>();
        for (var i = 0; i < selected.Count; i++)
        {
            var rule = selected[i];
            var severity = severities is not null && severities.TryGetValue(rule.Descriptor.Id, out var configured) ? configured : rule.Descriptor.DefaultSeverity;
            // A rule reports at its default severity, which the configuration replaces; a finding the rule itself ranks lower (FK013's notes of additive changes) stays at most that.
            // A copy only where the severity changes: thousands of violations, each copied, were as many again to collect.
            foreach (var violation in found[i])
            {
                var final = violation.Severity < rule.Descriptor.DefaultSeverity && violation.Severity < severity ? violation.Severity : severity;
                violations.Add(final == violation.Severity ? violation : violation with { Severity = final });
            }
        }

        // Before the tables are asked for: finishing the dependencies that FK012 alone began reads them.
        var dependencies = context.DependenciesRead;
        return new FitnessReport(model, [.. selected.Select(r => r.Descriptor)], InKeyOrder(violations), tables: context.HasTables ? context.Tables : null, persistence: context.HasPersistence ? context.Persistence : null, dependencies: dependencies);
    }

    /// <summary>
    /// Decodes what the rules read: the code of the contexts' types, keeping of each type only the dependencies the
    /// rules read, as each assembly is done; other assemblies (the runtime's, packages) only if a rule asks. Without
    /// the shortcuts, every assembly in full.
    /// </summary>
    internal static void Decode(CodeBase codeBase, ContextMap map, ContextModel model)
    {
        if (Shortcuts.Taken)
        {
            model.View = codeBase.ViewFor(map.Key);
            codeBase.Decode([.. model.Contexts.SelectMany(c => c.Types).Select(t => t.Assembly).Distinct()], model.View, DependencyRetention.For(model), DependencyRetention.CallsFor(model), DependencyRetention.CallsOnOtherContexts(model));
        }
        else
        {
            codeBase.Decode(codeBase.Assemblies);
        }
    }

    /// <summary>
    /// The violations ordered by <see cref="Violation.Key"/>, compared in place (<see cref="ViolationKeyOrder"/>). Sorted as
    /// keys and items, as when the keys were made, so that violations with equal keys come out in the order they did then.
    /// </summary>
    private static Violation[] InKeyOrder(List<Violation> violations)
    {
        var ordered = violations.ToArray();
        Array.Sort(violations.ToArray(), ordered, ViolationKeyOrder.Instance);
        return ordered;
    }
}
