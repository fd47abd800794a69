using FitnessKit.Evaluation;
using FitnessKit.Rules;

namespace FitnessKit.Reporting;

/// <summary>The dependencies between contexts, as drawn on the context map: the report's <see cref="FitnessReport.Dependencies"/> (computed once, shared with FK009), and the violations among them.</summary>
internal static class ContextGraph
{
    public static IReadOnlyList<ContextEdge> Build(FitnessReport report)
    {
        var dependencies = report.Dependencies;
        var violations = report.Violations
            // A shared table (FK006) is owned by two contexts at once, not a dependency of one on the other: no edge.
            .Where(v => v.SourceContext is not null && v.TargetContext is not null && v.SourceContext != v.TargetContext && v.Rule.Id != RuleCatalog.SharedTable.Id)
            .GroupBy(v => (From: v.SourceContext!, To: v.TargetContext!))
            .ToDictionary(g => g.Key, g => g.Count());
        var pairs = dependencies.All.Select(d => (d.From, d.To)).Union(violations.Keys).ToList();
        var order = report.Model.ContextOrder();
        return [.. pairs
            .OrderBy(p => order.GetValueOrDefault(p.From)).ThenBy(p => order.GetValueOrDefault(p.To))
            .Select(p => dependencies.Between(p.From, p.To) is { } d
                ? new ContextEdge(p.From, p.To, d.Uses, violations.GetValueOrDefault(p), dependencies.OnCycle(p.From, p.To), d.DataUses, d.Styles)
                : new ContextEdge(p.From, p.To, 0, violations.GetValueOrDefault(p), dependencies.OnCycle(p.From, p.To)))];
    }
}
