using FitnessKit.Contracts;
using FitnessKit.Inspection;

namespace FitnessKit.Rules.ContractCompatibility;

/// <summary>The violations of FK013, as data and sentences.</summary>
internal static class ContractPhrases
{
    private const string Approve = "`fitnesskit contracts approve`";

    public static Violation Change(ContractUnit unit, ContractChange change, ApprovedContracts approved, IReadOnlyList<(string Context, IReadOnlyList<string> Types)> consumers)
    {
        var against = approved.SnapshotDirectory is null ? "the older build" : "its approved snapshot";
        var where = $"contract {unit.Name} of context {unit.Context.Name}, compared with {against}";
        if (!change.IsBreaking)
        {
            return new Violation
            {
                Rule = RuleCatalog.ContractCompatibility,
                Severity = Severity.Note,
                Message = $"{change.Subject} {change.What} ({where}): an additive change, which breaks no consumer.",
                Fix = approved.SnapshotDirectory is null ? "Nothing to fix." : $"Nothing to fix; run {Approve} so that the snapshot records it.",
                SourceContext = unit.Context.Name,
                SourceAssembly = unit.Assembly.Name,
                SourceType = change.Type,
                SourceMember = change.Member,
                TargetAssembly = unit.Name,
            };
        }

        var users = consumers.Count == 0
            ? $"No other context of this code base uses {change.Type}; consumers outside it can still break."
            : $"Contexts that use {change.Type} and can break: {Phrases.And([.. consumers.Select(c => $"{c.Context} ({Phrases.Some(c.Types, 3)})")])}.";
        return new Violation
        {
            Rule = RuleCatalog.ContractCompatibility,
            Message = $"{change.Subject} {change.What} ({where}): a breaking change. {users}",
            Fix = $"Keep the contract compatible: restore what {change.Subject} was, or add the new shape beside the old one (a new member or a new version of the type) and retire the old one when no consumer uses it. If every consumer is changed with it, run {Approve} to approve the new contract.",
            SourceContext = unit.Context.Name,
            SourceAssembly = unit.Assembly.Name,
            SourceType = change.Type,
            SourceMember = change.Member,
            TargetAssembly = unit.Name,
            Related = [.. consumers.Select(c => c.Context)],
        };
    }

    public static Violation NotApproved(ContractUnit unit, ApprovedContracts approved) => new()
    {
        Rule = RuleCatalog.ContractCompatibility,
        Severity = Severity.Warning,
        Message = approved.SnapshotDirectory is null
            ? $"Contract {unit.Name} of context {unit.Context.Name} is not in the older build (it has no assembly {unit.Assembly.Name}), so FK013 cannot tell whether a change breaks its consumers."
            : $"Contract {unit.Name} of context {unit.Context.Name} has no approved snapshot ({unit.Name}{ContractSurface.SnapshotExtension}), so FK013 cannot tell whether a change breaks its consumers.",
        Fix = approved.SnapshotDirectory is null
            ? "Compare with a build or package version that has the contract."
            : $"Run {Approve} and commit {unit.Name}{ContractSurface.SnapshotExtension}.",
        SourceContext = unit.Context.Name,
        SourceAssembly = unit.Assembly.Name,
        TargetAssembly = unit.Name,
    };

    public static Violation Gone(string contract, ApprovedContracts approved) => new()
    {
        Rule = RuleCatalog.ContractCompatibility,
        Message = $"Contract {contract} was approved, but no context has it any more: its assembly was removed or renamed, is no longer inspected, or is no longer declared a contract. Every consumer of it breaks.",
        Fix = $"Restore the contract; or, once no consumer uses it, run {Approve}, which removes the snapshots of contracts that are gone.",
        SourceAssembly = contract,
        TargetAssembly = contract,
    };
}
