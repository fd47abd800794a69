using FitnessKit.ContextMapping;
using FitnessKit.Inspection;
using FitnessKit.Model;

namespace FitnessKit.Tables;

/// <summary>Who owns each table.</summary>
public sealed partial class TableCatalog
{
    private static TableCatalog Decide(
        ContextModel model,
        List<TableMapping> mappings,
        Dictionary<TypeName, string?> contextsByDbContext,
        Dictionary<string, List<string>> defaultSchemas,
        List<SqlStatement> statements,
        List<SqlProblem> problems,
        List<string> notes,
        IReadOnlyDictionary<string, string> databases)
    {
        // Classes, not tuples, as the tables' values: a dictionary of tuples (and its keys and values walked) is generic
        // code compiled at every start.
        var tables = new Dictionary<string, TableEntry>(StringComparer.Ordinal);
        foreach (var mapping in mappings)
        {
            Entry(tables, mapping.Table).Mappings.Add(mapping);
        }

        var schemaOwners = OwnersOfSchemas(model, mappings, contextsByDbContext, defaultSchemas);
        var ignoringCase = tables.Keys.GroupBy(k => k, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() == 1).ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < statements.Count; i++)
        {
            // A name that SQL writes in another case than a mapping is the mapped table (but for PostgreSQL's quoted
            // names), in the statement too, so that every rule finds it by the statement's own tables.
            var statement = statements[i];
            if (statement.Dialect != SqlDialectName.PostgreSql && statement.Tables.Any(t => !tables.ContainsKey(t.Table.Key) && ignoringCase.ContainsKey(t.Table.Key)))
            {
                statements[i] = statement = statement with
                {
                    Tables = [.. statement.Tables.Select(t => !tables.ContainsKey(t.Table.Key) && ignoringCase.TryGetValue(t.Table.Key, out var mapped) ? t with { Table = tables[mapped].Name } : t).Distinct()],
                };
            }

            foreach (var use in statement.Tables)
            {
                Entry(tables, use.Table).Accesses.Add(new SqlAccess { Table = use.Table, Access = use.Access, Statement = statement, IsRoutine = use.IsRoutine });
            }
        }

        var claims = new List<TableClaim>();
        foreach (var context in model.Contexts)
        {
            foreach (var pattern in context.Definition.Tables)
            {
                claims.Add(new TableClaim(context.Name, pattern, context.Definition.Database));
            }
        }

        foreach (var claim in claims)
        {
            if (!tables.Values.Any(t => claim.Covers(t.Name)))
            {
                notes.Add($"context {claim.Context} claims tables '{claim.Pattern}'{(claim.Database is null ? string.Empty : $" in database {claim.Database}")}, but the code maps and queries no table that matches it.");
            }
        }

        var owned = tables.Values
            .Select(t => Own(t.Name, t.Mappings, t.Accesses, CreatedBy(model, t.Accesses), contextsByDbContext, schemaOwners, claims))
            .OrderBy(t => t.Table.ToString(), StringComparer.Ordinal)
            .ToList();
        return new TableCatalog(owned, statements, problems, notes, SchemaContexts(schemaOwners), databases);
    }

    private static TableEntry Entry(Dictionary<string, TableEntry> tables, TableName name)
    {
        if (!tables.TryGetValue(name.Key, out var entry))
        {
            tables[name.Key] = entry = new TableEntry(name);
        }

        return entry;
    }

    /// <summary>
    /// The schemas that one context maps into and no other does, where that schema is its default or holds all its
    /// mappings; by schema key. A mapping of a type of no context (a shared outbox's or event log's, which a building
    /// block maps into the default schema of every context that calls it) does not count against the schema that holds
    /// all the context's own, unless the context maps nothing of its own.
    /// </summary>
    private static Dictionary<string, SchemaOwner> OwnersOfSchemas(ContextModel model, List<TableMapping> mappings, Dictionary<TypeName, string?> contextsByDbContext, Dictionary<string, List<string>> defaultSchemas)
    {
        var bySchema = new Dictionary<string, SchemaOwner>(StringComparer.Ordinal);
        var byContext = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var ofOwnTypes = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var mapping in mappings)
        {
            if (mapping.Table.Schema is not { } schema || contextsByDbContext.GetValueOrDefault(mapping.DbContext) is not { } context)
            {
                continue;
            }

            var key = SchemaKey(mapping.Table);
            // In a database the context map names, the schema reads with it: two databases may each have a dbo.
            var written = mapping.Table.Database is { } database ? database + "." + schema : schema;
            (bySchema.TryGetValue(key, out var entry) ? entry : bySchema[key] = new SchemaOwner(schema, written)).Contexts.Add(context);
            (byContext.TryGetValue(context, out var schemas) ? schemas : byContext[context] = new HashSet<string>(StringComparer.Ordinal)).Add(key);
            if (model.ContextOf(mapping.Entity) is not null)
            {
                (ofOwnTypes.TryGetValue(context, out var own) ? own : ofOwnTypes[context] = new HashSet<string>(StringComparer.Ordinal)).Add(key);
            }
        }

        var owners = new Dictionary<string, SchemaOwner>(StringComparer.Ordinal);
        foreach (var (context, schemas) in byContext)
        {
            var defaults = defaultSchemas.GetValueOrDefault(context) ?? [];
            var own = ofOwnTypes.GetValueOrDefault(context) ?? schemas;
            foreach (var key in schemas)
            {
                var entry = bySchema[key];
                if (entry.Contexts.Count == 1 && ((own.Count == 1 && own.Contains(key)) || defaults.Contains(entry.Schema, StringComparer.OrdinalIgnoreCase)))
                {
                    owners[key] = entry;
                }
            }
        }

        return owners;
    }

    /// <summary>
    /// The contexts a reason names: all of them when they are few, else the first three and how many more, as FK006 says
    /// them (<see cref="TableOwnership.MappedBy"/> keeps them all). A table that every module of a large system maps
    /// gave a reason naming each, 12 KB for 1,000 modules, held to the end of the check and written in every report.
    /// </summary>
    private static string Few(IReadOnlyList<string> contexts) => contexts.Count <= 3 ? Phrases.And(contexts) : Phrases.Some(contexts, 3);

    private static string SchemaKey(TableName table) => table.Key[..table.Key.LastIndexOf('.')];

    /// <summary>Whether a claim of the context map names a table: <c>schema.name</c> or the bare name, without case.</summary>
    private static bool Claims(NamePattern pattern, TableName table) =>
        !table.SchemaIsUnknown && (pattern.Matches(table.Schema is null ? table.Name : table.Schema + "." + table.Name, ignoreCase: true) || pattern.Matches(table.Name, ignoreCase: true));

    /// <summary>The contexts whose SQL creates the table (CREATE TABLE, CREATE VIEW), in order of name.</summary>
    private static List<string> CreatedBy(ContextModel model, List<SqlAccess> accesses)
    {
        List<string>? creators = null;
        foreach (var access in accesses)
        {
            if (access.Access == TableAccessKind.Create && model.ContextOf(access.Statement.SourceType) is { } context)
            {
                creators ??= [];
                if (!creators.Contains(context.Name))
                {
                    creators.Add(context.Name);
                }
            }
        }

        creators?.Sort(StringComparer.Ordinal);
        return creators ?? [];
    }

    private static TableOwnership Own(TableName name, List<TableMapping> mappings, List<SqlAccess> accesses, List<string> createdBy, Dictionary<TypeName, string?> contextsByDbContext, Dictionary<string, SchemaOwner> schemaOwners, List<TableClaim> claims)
    {
        var claimedBy = claims.Where(c => c.Covers(name)).Select(c => c.Context).Distinct(StringComparer.Ordinal).ToList();
        var mappedBy = mappings.Select(m => contextsByDbContext.GetValueOrDefault(m.DbContext)).OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var (owner, reason) = mappedBy.Count switch
        {
            1 => (mappedBy[0], $"mapped by {Phrases.And([.. mappings.Select(m => m.DbContext.DisplayName).Distinct()])}"),
            > 1 => (null, $"mapped by {mappedBy.Count} contexts: {Few(mappedBy)}"),
            _ when createdBy.Count == 1 => (createdBy[0], $"created by {Phrases.Possessive(createdBy[0])} SQL"),
            _ when createdBy.Count > 1 => (null, $"created by the SQL of {createdBy.Count} contexts: {Few(createdBy)}"),
            _ when name.SchemaIsUnknown => (null, "its schema is computed at run time, so its owner is not known"),
            _ when claimedBy.Count == 1 => (claimedBy[0], $"claimed by {claimedBy[0]} in the context map"),
            _ when claimedBy.Count > 1 => (null, $"claimed by {claimedBy.Count} contexts in the context map: {Few(claimedBy)}"),
            // A DbContext of no context (an application's, which maps every module's tables and its own for migrations)
            // says whose the table is: no context's, whichever context owns its schema.
            _ when mappings.Count > 0 => (null, $"mapped only by {Phrases.And([.. mappings.Select(m => m.DbContext.DisplayName).Distinct()])}, which belongs to no context"),
            _ when schemaOwners.TryGetValue(SchemaKey(name), out var schema) => (schema.Context, $"in schema {schema.Shown}, which only {schema.Context} maps into"),
            _ => (null, $"no context {(accesses is [{ IsRoutine: true }, ..] ? "creates" : "maps")} it{(name.Schema is null ? string.Empty : $", and no context owns schema {name.Schema}")}"),
        };
        return new TableOwnership
        {
            Table = name,
            Owner = owner,
            Reason = reason,
            MappedBy = mappedBy.Count > 0 ? mappedBy : createdBy.Count > 1 ? createdBy : claimedBy.Count > 1 ? claimedBy : mappedBy,
            Mappings = mappings,
            Accesses = accesses,
        };
    }

    /// <summary>
    /// Each owned schema's owner, by the schema's name as written. Two schemas written alike can be two schemas (their
    /// DbContexts' dialects compare names apart: one provider's case-sensitive, another's not); the first is named.
    /// </summary>
    private static Dictionary<string, string> SchemaContexts(Dictionary<string, SchemaOwner> owners)
    {
        var contexts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var owner in owners.Values)
        {
            contexts.TryAdd(owner.Shown, owner.Context);
        }

        return contexts;
    }

    /// <summary>A table with what maps it and what queries it.</summary>
    private sealed class TableEntry(TableName name)
    {
        public TableName Name { get; } = name;

        public List<TableMapping> Mappings { get; } = [];

        public List<SqlAccess> Accesses { get; } = [];
    }

    /// <summary>A schema with the contexts that map into it; once decided, its one owner.</summary>
    private sealed class SchemaOwner(string schema, string shown)
    {
        public string Schema { get; } = schema;

        /// <summary>Gets the schema as a reader knows it: with its database first where the context map names one (<c>SalesDb.sales</c>).</summary>
        public string Shown { get; } = shown;

        public HashSet<string> Contexts { get; } = new(StringComparer.Ordinal);

        public string Context => Contexts.First();
    }

    /// <summary>A context's claim of tables in the context map, of its own database.</summary>
    private sealed record TableClaim(string Context, NamePattern Pattern, string? Database)
    {
        /// <summary>Whether the claim names a table: one of the context's database, by <c>schema.name</c> or its bare name.</summary>
        public bool Covers(TableName table) => string.Equals(table.Database, Database, StringComparison.OrdinalIgnoreCase) && Claims(Pattern, table);
    }
}
