using FitnessKit.Contracts;
using FitnessKit.Inspection;

namespace FitnessKit.Rules.ContractCompatibility;

/// <summary>
/// FK013: each context's contracts compared with their approved snapshots (or an older build). A breaking change is
/// a violation naming the type or member, the change, and the contexts that use the changed member (or, for a change
/// of the type, the type); an additive change is a note; a contract with no snapshot is a warning. Without approved
/// contracts in the map, nothing is checked.
/// </summary>
internal sealed class ContractCompatibilityRule : IFitnessRule
{
    public RuleDescriptor Descriptor => RuleCatalog.ContractCompatibility;

    public IEnumerable<Violation> Evaluate(RuleContext context)
    {
        if (context.Model.Map.ApprovedContracts is not { } approved)
        {
            return [];
        }

        var units = ContractUnit.Of(context.Model);
        var snapshots = approved.SnapshotNames();
        var names = units.Select(u => u.Name).ToHashSet(StringComparer.Ordinal);
        if (snapshots.Count > 0 && !snapshots.Any(names.Contains))
        {
            throw new FitnessKitException($"{approved.SnapshotDirectory}: the contract snapshots there ({Phrases.Some(snapshots)}) match no contract of the context map ({(units.Count == 0 ? "it declares none" : Phrases.Some([.. units.Select(u => u.Name)]))}). Is it the right folder? `fitnesskit contracts approve` writes one snapshot per contract.");
        }

        var violations = new List<Violation>();
        foreach (var unit in units)
        {
            var current = ApprovedContracts.Current(unit.Assembly.Path, unit.Name, unit.Includes);
            if (approved.Find(unit.Name, unit.Assembly.Name, unit.Includes) is not { } before)
            {
                violations.Add(ContractPhrases.NotApproved(unit, approved));
                continue;
            }

            var changes = ContractComparison.Compare(before, current);
            var consumers = ContractConsumers.Of(context.Model, unit, changes);
            foreach (var change in changes)
            {
                var type = unit.TypeNamed(change.Type);
                violations.Add(ContractPhrases.Change(unit, change, approved, consumers, type) with
                {
                    Location = type is null ? null : context.CodeBase.Locate(type),
                });
            }
        }

        violations.AddRange(snapshots.Where(s => !names.Contains(s)).Select(s => ContractPhrases.Gone(s, approved)));
        return violations;
    }
}
