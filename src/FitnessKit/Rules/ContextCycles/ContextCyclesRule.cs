using FitnessKit.Dependencies;
using FitnessKit.Inspection;
using FitnessKit.Model;

namespace FitnessKit.Rules.ContextCycles;

/// <summary>
/// FK009: contexts that depend on each other in a cycle, through code or data, allowed by the map or not. Each cycle is
/// reported once, as a path of contexts with an example dependency at each step, located at the dependency of the step
/// that closes it (<see cref="CycleSearch"/> says which cycles and which step).
/// </summary>
internal sealed class ContextCyclesRule : IFitnessRule, IReadsContextDependencies
{
    public RuleDescriptor Descriptor => RuleCatalog.ContextCycles;

    public IEnumerable<Violation> Evaluate(RuleContext context)
    {
        foreach (var cycle in CycleSearch.Cycles(context.Model, context.Dependencies))
        {
            var steps = cycle.Steps.Select(s => CycleStep.Of(context.CodeBase, s)).ToList();
            var closing = steps[^1];
            yield return new Violation
            {
                Rule = RuleCatalog.ContextCycles,
                Message = CyclePhrases.Message(cycle, steps),
                Fix = CyclePhrases.Fix(cycle, closing),
                SourceContext = cycle.Closing.From,
                SourceAssembly = closing.SourceType.Assembly,
                SourceType = closing.SourceType.ReportedName,
                SourceMember = closing.SourceMember,
                Kinds = closing.Kinds,
                TargetContext = cycle.Closing.To,
                TargetAssembly = closing.Target?.Assembly,
                TargetType = closing.Target?.ReportedName,
                TargetTable = closing.Access?.Table.ToString(),
                Location = closing.Location,
                Related = cycle.Path,
            };
        }
    }
}
