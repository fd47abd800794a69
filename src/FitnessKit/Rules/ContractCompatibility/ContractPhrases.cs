using FitnessKit.Contracts;
using FitnessKit.Inspection;
using FitnessKit.Model;

namespace FitnessKit.Rules.ContractCompatibility;

/// <summary>The violations of FK013, as data and sentences.</summary>
internal static class ContractPhrases
{
    private const string Approve = "`fitnesskit contracts approve`";

    public static Violation Change(ContractUnit unit, ContractChange change, ApprovedContracts approved, ContractConsumers consumers, InspectedType? type)
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
                Contract = new ContractFinding(ContractVerdict.Additive, change.Kinds),
            };
        }

        var users = consumers.Of(change, type);
        return new Violation
        {
            Rule = RuleCatalog.ContractCompatibility,
            Message = $"{change.Subject} {change.What} ({where}): a breaking change. {Users(change, consumers, type, users)}",
            Fix = change.Kinds is [ContractChangeKind.SerializationChanged]
                ? $"Keep the name on the wire: give {change.Subject} back the attribute the approved contract names it by, and rename the C# member freely; or send the new name in a new version of the message beside the old one until every consumer reads it. If every consumer is changed with it, run {Approve} to approve the new contract."
                : $"Keep the contract compatible: restore what {change.Subject} was, or add the new shape beside the old one (a new member or a new version of the type) and retire the old one when no consumer uses it. If every consumer is changed with it, run {Approve} to approve the new contract.",
            SourceContext = unit.Context.Name,
            SourceAssembly = unit.Assembly.Name,
            SourceType = change.Type,
            SourceMember = change.Member,
            TargetAssembly = unit.Name,
            Related = [.. users.Select(c => c.Context).Distinct()],
            Contract = new ContractFinding(ContractVerdict.Breaking, change.Kinds) { Consumers = users },
        };
    }

    /// <summary>The sentence that names the consumers: of the member, each use with its file and line, or of the type.</summary>
    private static string Users(ContractChange change, ContractConsumers consumers, InspectedType? type, IReadOnlyList<ContractConsumer> users)
    {
        if (!consumers.ByMember(change))
        {
            return users.Count == 0
                ? $"No other context of this code base uses {change.Type}; consumers outside it can still break."
                : $"Contexts that use {change.Type} and can break: {Phrases.And([.. users.GroupBy(c => c.Context).Select(g => $"{g.Key} ({Phrases.Some([.. g.Select(c => c.Type)], 3)})")])}.";
        }

        if (users.Count > 0)
        {
            return $"Contexts that use {change.Subject} and can break: {Phrases.And([.. users.GroupBy(c => c.Context).Select(g => $"{g.Key} ({Phrases.Some([.. g.Select(Use)], 3)})")])}.";
        }

        var typeUsers = consumers.TypeUsers(type).Select(c => c.Context).Distinct().ToList();
        return $"No other context of this code base uses {change.Subject} ({Phrases.And(typeUsers)} {(typeUsers.Count == 1 ? "uses" : "use")} {change.Type}, not that member); consumers outside it can still break.";
    }

    private static string Use(ContractConsumer use) =>
        $"{use.Type}.{use.Member}{(use.Location is { } at ? $" at {Path.GetFileName(at.File)}:{at.Line.ToString(System.Globalization.CultureInfo.InvariantCulture)}" : string.Empty)}";

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
        Contract = new ContractFinding(ContractVerdict.NotApproved, []),
    };

    public static Violation Gone(string contract, ApprovedContracts approved) => new()
    {
        Rule = RuleCatalog.ContractCompatibility,
        Message = $"Contract {contract} was approved, but no context has it any more: its assembly was removed or renamed, is no longer inspected, or is no longer declared a contract. Every consumer of it breaks.",
        Fix = $"Restore the contract; or, once no consumer uses it, run {Approve}, which removes the snapshots of contracts that are gone.",
        SourceAssembly = contract,
        TargetAssembly = contract,
        Contract = new ContractFinding(ContractVerdict.Breaking, [ContractChangeKind.Removed]),
    };
}
