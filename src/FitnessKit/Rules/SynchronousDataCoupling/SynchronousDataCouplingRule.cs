using FitnessKit.Coupling;
using FitnessKit.Inspection;
using FitnessKit.Model;

namespace FitnessKit.Rules.SynchronousDataCoupling;

/// <summary>
/// FK012: a context that asks another for data synchronously (a query method of the other's contracts, a query
/// message, an HTTP client that returns the other's types) where it could keep a projection fed by the other's
/// events. One violation per asking member and query. A query through the other's internals is FK001's to report.
/// </summary>
internal sealed class SynchronousDataCouplingRule : IFitnessRule, IReadsContextDependencies
{
    public RuleDescriptor Descriptor => RuleCatalog.SynchronousDataCoupling;

    public IEnumerable<Violation> Evaluate(RuleContext context)
    {
        var coupling = context.Coupling;
        foreach (var query in coupling.Queries.Where(q => q.ThroughContracts))
        {
            var location = context.CodeBase.Locate(query.AssemblyPath, query.Anchor)
                ?? (context.CodeBase.FindType(query.Caller) is { } caller ? context.CodeBase.Locate(caller) : null);
            var events = coupling.Messages.EventsOf(context.Model[query.To]).Select(e => context.CodeBase.NameOf(e)).ToList();
            yield return new Violation(RuleCatalog.SynchronousDataCoupling, query.Assembly, new QuerySentences(context.CodeBase, query, location, events))
            {
                SourceContext = query.From,
                SourceType = query.Caller.ReportedName,
                SourceMember = query.Member,
                Kinds = [query.Kind],
                TargetContext = query.To,
                TargetAssembly = (query.ReturnedType ?? query.QueryType).Assembly,
                TargetType = (query.ReturnedType ?? query.QueryType).ReportedName,
                Location = location,
                Allowed = events,
                Related = [QueryPhrases.NameOf(context.CodeBase, query)],
            };
        }
    }
}
