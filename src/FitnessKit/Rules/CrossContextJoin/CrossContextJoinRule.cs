using FitnessKit.Inspection;
using FitnessKit.Model;

namespace FitnessKit.Rules.CrossContextJoin;

/// <summary>FK005: one SQL statement touches tables owned by two or more contexts.</summary>
internal sealed class CrossContextJoinRule : IFitnessRule
{
    public RuleDescriptor Descriptor => RuleCatalog.CrossContextJoin;

    public IEnumerable<Violation> Evaluate(RuleContext context)
    {
        var model = context.Model;
        var catalog = context.Tables;
        foreach (var statement in catalog.Statements)
        {
            if (model.ContextOf(statement.SourceType) is not { } source)
            {
                continue;
            }

            // Each table with the contexts that own it (or map it, when several do); the statement crosses contexts
            // when it touches two or more tables and no one context owns them all.
            // A loop into records, not LINQ over tuples: that is generic code compiled at every start.
            var owned = new List<OwnedTable>();
            var keys = new HashSet<string>(StringComparer.Ordinal);
            foreach (var use in statement.Tables)
            {
                IReadOnlyList<string> claimants = catalog.Find(use.Table) is { } found ? (found.Owner is { } owner ? [owner] : found.MappedBy) : [];
                if (claimants.Count > 0 && keys.Add(use.Table.Key))
                {
                    owned.Add(new OwnedTable(use.Table, claimants));
                }
            }

            var owners = owned.SelectMany(t => t.Owners).Distinct(StringComparer.Ordinal).ToList();
            if (owned.Count < 2 || owners.Exists(o => owned.TrueForAll(t => t.Owners.Contains(o))))
            {
                continue;
            }

            var tables = owned.Select(t => $"{t.Table} ({Phrases.And([.. t.Owners])})").ToList();
            var foreign = owners.Where(o => o != source.Name).ToList();
            yield return new Violation
            {
                Rule = RuleCatalog.CrossContextJoin,
                Message = $"{Phrases.Member(context.CodeBase, statement.SourceType, statement.SourceMember, statement.Location)} in context {source.Name} runs one statement over tables of {owners.Count} contexts, {Phrases.And(tables)}, {DataPhrases.Through(statement)}: \"{DataPhrases.Excerpt(statement.Text)}\". The statement ties {Phrases.And(owners)} to one schema and one database.",
                Fix = $"Query each owner's data apart: keep a projection of {Phrases.And(foreign.Select(Phrases.Possessive).Select(o => o + " data").ToList())} in {Phrases.Possessive(source.Name)} own tables, fed by integration events, and join against that.",
                SourceContext = source.Name,
                SourceAssembly = statement.SourceType.Assembly,
                SourceType = statement.SourceType.ReportedName,
                SourceMember = DataPhrases.MemberOf(statement),
                TargetContext = foreign.FirstOrDefault() ?? owners[0],
                TargetTable = string.Join(", ", owned.Select(t => t.Table.ToString())),
                Location = statement.Location,
                Related = [statement.Text],
            };
        }
    }

    /// <summary>A table a statement touches, with the contexts that own it (or map it, when several do).</summary>
    private sealed record OwnedTable(TableName Table, IReadOnlyList<string> Owners);
}
