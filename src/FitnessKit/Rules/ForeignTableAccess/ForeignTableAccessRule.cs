using FitnessKit.Inspection;
using FitnessKit.Model;
using FitnessKit.Tables;

namespace FitnessKit.Rules.ForeignTableAccess;

/// <summary>FK004: SQL in one context reads or writes a table that another context owns, with or without an assembly reference between them.</summary>
internal sealed class ForeignTableAccessRule : IFitnessRule
{
    public RuleDescriptor Descriptor => RuleCatalog.ForeignTableAccess;

    public IEnumerable<Violation> Evaluate(RuleContext context)
    {
        var model = context.Model;
        foreach (var table in context.Tables.Tables)
        {
            var owners = table.Owner is not null ? [table.Owner] : table.MappedBy;
            if (owners.Count == 0)
            {
                continue;
            }

            foreach (var access in table.Accesses)
            {
                var statement = access.Statement;
                if (model.ContextOf(statement.SourceType) is not { } source || owners.Contains(source.Name))
                {
                    continue;
                }

                var owner = Phrases.And([.. owners]);
                yield return new Violation
                {
                    Rule = RuleCatalog.ForeignTableAccess,
                    Message = $"{Phrases.Member(context.CodeBase, statement.SourceType, statement.SourceMember, statement.Location)} in context {source.Name} {DataPhrases.Verb(access.Access)} {DataPhrases.Noun(table)} {table.Table}, which {(owners.Count == 1 ? "context " + owner + " owns" : "contexts " + owner + " map")} ({table.Reason}), {DataPhrases.Through(statement)}: \"{DataPhrases.Excerpt(statement.Text)}\". {source.Name} depends on {Phrases.Possessive(owner)} storage with no contract between them.",
                    Fix = owners.Count > 1
                        ? $"Stop {DataPhrases.Gerund(access.Access)} {table.Table} from {source.Name}: the table has {owners.Count} owners ({owner}), so first let one of them own it (FK006), then {(access.Access == TableAccessKind.Read ? "consume that context's integration events into a table of " + Phrases.Possessive(source.Name) + " own" : "send that context a command or call its published API")}."
                        : access.Access == TableAccessKind.Execute
                        ? $"Stop calling {table.Table} from {source.Name}: ask {owner} through its contracts (a command, or its published API), and let {owner} run its own routines."
                        : access.Access == TableAccessKind.Create
                        ? $"Stop creating {table.Table} from {source.Name}: it is {Phrases.Possessive(owner)} {DataPhrases.Noun(table)}, which {owner} alone defines and changes; give {source.Name} a table of its own under another name, fed by {Phrases.Possessive(owner)} integration events."
                        : access.Access == TableAccessKind.Write
                        ? $"Stop writing {table.Table} from {source.Name}: send {owner} a command or call its published API, and let {owner} change its own data."
                        : $"Stop reading {table.Table} from {source.Name}: consume {Phrases.Possessive(owner)} integration events into a table of {Phrases.Possessive(source.Name)} own, or call {Phrases.Possessive(owner)} published API.",
                    SourceContext = source.Name,
                    SourceAssembly = statement.SourceType.Assembly,
                    SourceType = statement.SourceType.ReportedName,
                    SourceMember = DataPhrases.MemberOf(statement),
                    TargetContext = owners[0],
                    TargetTable = table.Table.ToString(),
                    Location = statement.Location,
                    Related = [statement.Text],
                };
            }
        }
    }
}
