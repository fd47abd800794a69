using FitnessKit.Inspection;
using FitnessKit.Model;
using FitnessKit.Tables;

namespace FitnessKit.Rules.SharedTable;

/// <summary>FK006: a table mapped by two or more contexts, or that no context maps and the SQL of two or more creates; and an entity type of one context mapped by another's database context.</summary>
internal sealed class SharedTableRule : IFitnessRule
{
    public RuleDescriptor Descriptor => RuleCatalog.SharedTable;

    public IEnumerable<Violation> Evaluate(RuleContext context)
    {
        var model = context.Model;
        foreach (var table in context.Tables.Tables)
        {
            Dictionary<string, int>? places = null;
            // Each DbContext and entity once, by a comparer of mappings: distinct tuples are generic code compiled at every
            // start. A table mapped once needs no set.
            var seen = table.Mappings.Count > 1 ? new HashSet<TableMapping>(SameDbContextAndEntity.Instance) : null;
            foreach (var mapping in table.Mappings)
            {
                if (seen is not null && !seen.Add(mapping))
                {
                    continue;
                }

                if (model.ContextOf(mapping.DbContext) is not { } mapper)
                {
                    continue;
                }

                // The contexts that map a table are distinct: the others are all of them but this one, a view rather
                // than a copy, as a table that a thousand modules map has a thousand mappings.
                places ??= PlacesOf(table.MappedBy);
                var others = new AllBut(table.MappedBy, places.GetValueOrDefault(mapper.Name, -1));
                var entityOwner = model.ContextOf(mapping.Entity);
                if (others.Count > 0)
                {
                    yield return Violation(context, mapping, mapper.Name, table, others, entityOwner: null, others[0]);
                }
                else if (entityOwner is not null && entityOwner.Name != mapper.Name)
                {
                    yield return Violation(context, mapping, mapper.Name, table, others, entityOwner.Name, entityOwner.Name);
                }
            }

            if (table.Mappings.Count == 0 && table.MappedBy.Count > 1)
            {
                foreach (var violation in CreatedByMany(context, table))
                {
                    yield return violation;
                }
            }
        }
    }

    /// <summary>A table that no context maps and the SQL of several creates (their migration scripts): one violation per creating context, at its first CREATE.</summary>
    private static IEnumerable<Violation> CreatedByMany(RuleContext context, TableOwnership table)
    {
        var creators = new SortedDictionary<string, SqlStatement>(StringComparer.Ordinal);
        foreach (var access in table.Accesses)
        {
            if (access.Access == TableAccessKind.Create && context.Model.ContextOf(access.Statement.SourceType) is { } creator)
            {
                creators.TryAdd(creator.Name, access.Statement);
            }
        }

        if (creators.Count < 2)
        {
            yield break;
        }

        foreach (var (creator, statement) in creators)
        {
            var others = creators.Keys.Where(c => c != creator).ToList();
            yield return new Violation
            {
                Rule = RuleCatalog.SharedTable,
                Message = $"{Phrases.Member(context.CodeBase, statement.SourceType, statement.SourceMember, statement.Location)} in context {creator} creates {DataPhrases.Noun(table)} {table.Table} {DataPhrases.Through(statement)}, and the SQL of {Phrases.And(others)} creates it too: the table has {creators.Count} owners, so none of them can change it alone.",
                Fix = $"Let one context own {table.Table}; give {(others.Count == 1 ? "the other" : "the others")} a table in {(others.Count == 1 ? "its" : "their")} own schema, fed by the owner's integration events.{DataPhrases.SeparateDatabases(table.Table)}",
                SourceContext = creator,
                SourceAssembly = statement.SourceType.Assembly,
                SourceType = statement.SourceType.ReportedName,
                SourceMember = DataPhrases.MemberOf(statement),
                TargetContext = others[0],
                TargetTable = table.Table.ToString(),
                Location = statement.Location,
                Related = [statement.Text],
            };
        }
    }

    /// <summary>Mappings of one entity by one DbContext, whatever their evidence.</summary>
    private sealed class SameDbContextAndEntity : IEqualityComparer<TableMapping>
    {
        public static readonly SameDbContextAndEntity Instance = new();

        public bool Equals(TableMapping? x, TableMapping? y) =>
            ReferenceEquals(x, y) || (x is not null && y is not null && x.DbContext.Equals(y.DbContext) && x.Entity.Equals(y.Entity));

        public int GetHashCode(TableMapping obj) => HashCode.Combine(obj.DbContext, obj.Entity);
    }

    /// <summary>Each mapping context's place in the list; a loop, as LINQ over (name, index) tuples is generic code compiled at every start.</summary>
    private static Dictionary<string, int> PlacesOf(IReadOnlyList<string> contexts)
    {
        var places = new Dictionary<string, int>(contexts.Count, StringComparer.Ordinal);
        for (var i = 0; i < contexts.Count; i++)
        {
            places.TryAdd(contexts[i], i);
        }

        return places;
    }

    /// <summary>A list without one of its items; all of them when <paramref name="skipped"/> is negative.</summary>
    private sealed class AllBut(IReadOnlyList<string> items, int skipped) : IReadOnlyList<string>
    {
        public int Count => skipped < 0 ? items.Count : items.Count - 1;

        public string this[int index] => items[skipped >= 0 && index >= skipped ? index + 1 : index];

        public IEnumerator<string> GetEnumerator()
        {
            for (var i = 0; i < Count; i++)
            {
                yield return this[i];
            }
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }

    private static Violation Violation(RuleContext context, TableMapping mapping, string mapper, TableOwnership table, IReadOnlyList<string> others, string? entityOwner, string target) =>
        new(RuleCatalog.SharedTable, mapping.DbContext.Assembly, new MappingSentences(context.CodeBase, mapping, mapper, table.Table, others, entityOwner))
    {
        SourceContext = mapper,
        SourceType = mapping.DbContext.ReportedName,
        SourceMember = mapping.Entity.DisplayName,
        TargetContext = target,
        TargetType = mapping.Entity.ReportedName,
        TargetTable = table.Table.ToString(),
        Location = mapping.Location,
    };
}
