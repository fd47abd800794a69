using FitnessKit.Inspection;
using FitnessKit.Model;

namespace FitnessKit.Rules.UnownedTable;

/// <summary>FK007: SQL reads or writes a table that no context maps, claims or owns by schema.</summary>
internal sealed class UnownedTableRule : IFitnessRule
{
    public RuleDescriptor Descriptor => RuleCatalog.UnownedTable;

    public IEnumerable<Violation> Evaluate(RuleContext context)
    {
        var model = context.Model;
        foreach (var table in context.Tables.Tables.Where(t => t.IsUnowned))
        {
            foreach (var access in table.Accesses)
            {
                var statement = access.Statement;
                if (model.ContextOf(statement.SourceType) is not { } source)
                {
                    continue;
                }

                yield return new Violation
                {
                    Rule = RuleCatalog.UnownedTable,
                    Message = $"{Phrases.Member(context.CodeBase, statement.SourceType, statement.SourceMember, statement.Location)} in context {source.Name} {DataPhrases.Verb(access.Access)} {DataPhrases.Noun(table)} {table.Table}, which no context owns ({table.Reason}), {DataPhrases.Through(statement)}: \"{DataPhrases.Excerpt(statement.Text)}\".",
                    Fix = $"Name the owner of {table.Table}: {(table.IsRoutine ? "create it in the owning context's migration scripts" : "map it in the owning context's database context")}, move it into that context's schema, or claim it in the context map (\"tables\": [\"{table.Table}\"] of the owning context).",
                    SourceContext = source.Name,
                    SourceAssembly = statement.SourceType.Assembly,
                    SourceType = statement.SourceType.ReportedName,
                    SourceMember = DataPhrases.MemberOf(statement),
                    TargetTable = table.Table.ToString(),
                    Location = statement.Location,
                    Related = [statement.Text],
                };
            }
        }
    }
}
