using FitnessKit.ContextMapping;
using FitnessKit.Inspection;
using FitnessKit.Loading.Il;
using FitnessKit.Model;
using FitnessKit.Persistence;
using FitnessKit.Sql;

namespace FitnessKit.Tables;

/// <summary>
/// The tables of a system as its compiled code shows them: what each context's EF Core model maps, what SQL each
/// context's code reads and writes, and who owns each table. A table is owned by the one context whose database
/// context maps it; a context also owns a schema that it maps into and no other context does, when that schema is its
/// default schema or holds all its mappings, so its SQL-only tables and views there are its own. Read from metadata
/// and IL only: no database, no running the application.
/// </summary>
public sealed partial class TableCatalog
{
    private readonly Dictionary<string, TableOwnership> _byKey;

    private TableCatalog(IReadOnlyList<TableOwnership> tables, IReadOnlyList<SqlStatement> statements, IReadOnlyList<SqlProblem> problems, IReadOnlyList<string> notes, IReadOnlyDictionary<string, string> schemaOwners, IReadOnlyDictionary<string, string> databases)
    {
        Databases = databases;
        Tables = tables;
        Statements = statements;
        Problems = problems;
        Notes = notes;
        SchemaOwners = schemaOwners;
        _byKey = tables.ToDictionary(t => t.Table.Key, StringComparer.Ordinal);
    }

    /// <summary>Gets every table that is mapped or touched by SQL, ordered by name.</summary>
    public IReadOnlyList<TableOwnership> Tables { get; }

    /// <summary>Gets every mapping of every table.</summary>
    public IEnumerable<TableMapping> Mappings => Tables.SelectMany(t => t.Mappings);

    /// <summary>Gets every SQL statement found, in code order.</summary>
    public IReadOnlyList<SqlStatement> Statements { get; }

    /// <summary>Gets the SQL that was found but could not be read: unparseable statements, texts built at run time.</summary>
    public IReadOnlyList<SqlProblem> Problems { get; }

    /// <summary>Gets what could not be read of the mappings, each a sentence (a configuration created elsewhere, an assembly not found).</summary>
    public IReadOnlyList<string> Notes { get; }

    /// <summary>Gets the schemas a context owns, by schema; with its database first where the context map names one (<c>SalesDb.sales</c>).</summary>
    public IReadOnlyDictionary<string, string> SchemaOwners { get; }

    /// <summary>
    /// Gets the database each context that names one in the context map keeps its tables in, by context; contexts not
    /// listed share one database. Empty when every context shares it.
    /// </summary>
    public IReadOnlyDictionary<string, string> Databases { get; }

    /// <summary>Finds a table.</summary>
    /// <param name="table">The table's name.</param>
    /// <returns>The table, or <see langword="null"/> when the code neither maps nor touches it.</returns>
    public TableOwnership? Find(TableName table)
    {
        ArgumentNullException.ThrowIfNull(table);
        return _byKey.GetValueOrDefault(table.Key);
    }

    /// <summary>Reads the tables of a resolved context model.</summary>
    /// <param name="model">The contexts and their code.</param>
    /// <param name="persistence">The persistence types; built from the model when <see langword="null"/>.</param>
    /// <returns>The catalog.</returns>
    public static TableCatalog Build(ContextModel model, PersistenceCatalog? persistence = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        persistence ??= PersistenceCatalog.Build(model.CodeBase, model.Map.Persistence, model.View);
        using var assemblies = new DataAssemblySet(model.CodeBase.PathOf);
        var notes = new List<string>();
        var contextsByDbContext = new Dictionary<TypeName, string?>();
        var mappings = new List<TableMapping>();
        var defaultSchemas = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var tableNames = new Dictionary<TableName, TableName>();
        var functions = new List<SqlStatement>();
        var databases = new DatabasePlaces(model);
        var dbContexts = persistence.Types
            .Where(t => t.Kind == PersistenceKind.DbContext)
            .Select(t => model.CodeBase.FindType(t.Type))
            .OfType<InspectedType>()
            .Where(t => !t.IsAbstract)
            .ToList();

        // Each context's model is read on its own (its IL interpreted): several at once, then taken in order.
        var dialects = new ProviderDialects(model);
        var dialectsOf = new SqlDialectName[dbContexts.Count];
        var naming = new NamingConventions(model, assemblies);
        var conventionsOf = new NamingConvention?[dbContexts.Count];
        for (var i = 0; i < dbContexts.Count; i++)
        {
            dialectsOf[i] = SqlUseReader.Public(dialects.OfDbContext(dbContexts[i]));
            conventionsOf[i] = naming.OfDbContext(dbContexts[i]);
        }

        notes.AddRange(naming.Notes.Distinct(StringComparer.Ordinal));
        // A warm check takes each context's model from the cache when every assembly its reading asked for is the same build.
        var stored = Shortcuts.Taken && model.CodeBase.Cache is { } cache ? new StoredContextModels(cache, model.CodeBase, [.. dbContexts.Select(t => t.Assembly)]) : null;
        var (models, problems) = DbContextModels.Read(model.CodeBase.PathOf, [.. dbContexts.Select(t => t.Name)], dialectsOf, model.CodeBase.Parallelism, conventionsOf, stored);
        for (var i = 0; i < dbContexts.Count; i++)
        {
            var type = dbContexts[i];
            var owner = model.ContextOf(type)?.Name;
            contextsByDbContext[type.Name] = owner;
            var read = models[i];
            notes.AddRange(read.Notes.Select(n => $"{type.Name.DisplayName}: {n}."));
            // The entity named as the code base names it, in the mapping and in its evidence: the reader's own name of a
            // type the code base holds would live on beside it, with its full name (2.9 MB over 17,000 mapped entities).
            // The table named once for all its mappings: each context's model names it anew (17,000 names and their keys
            // over 1,000 contexts that map the same 17 tables).
            var database = databases.Of(owner);
            mappings.AddRange(read.Mappings.Select(m => Named(m, model.CodeBase.FindType(m.Entity)?.Name ?? m.Entity, database)));
            if (owner is not null)
            {
                functions.AddRange(read.Functions.Select(f => FunctionCall(model.CodeBase, type.Name, f, dialectsOf[i], database)));
            }

            if (owner is not null && read.DefaultSchema is not null)
            {
                (defaultSchemas.TryGetValue(owner, out var list) ? list : defaultSchemas[owner] = []).Add(read.DefaultSchema);
            }
        }

        var helpers = new SqlHelpers();
        var marten = new MartenMappings();
        var documents = new DocumentCollections();
        var closings = new Lazy<GenericClosings>(() => GenericClosings.Of(model));
        var sql = new SqlUseReader(model.CodeBase.Locate, helpers, closings: closings);
        var outside = new SqlUseReader(model.CodeBase.Locate, helpers, outsideContexts: true, closings: closings);
        var readOutside = new List<InspectedAssembly>();
        var splitOutside = new List<InspectedAssembly>();
        // An assembly holds a type of a context when a context holds one of its types: asked of the contexts, not of the
        // assembly's types, which an assembly of no context would read only to find none. Every assembly that may send
        // SQL is read for its helpers (a shared data-access library of no context among them), before those that call
        // it; an assembly that references a library with helpers may send SQL through them with no data-access library.
        var ofContexts = model.Contexts.SelectMany(c => c.Assemblies).ToHashSet();
        var scripted = Scripted(model.CodeBase, [.. ofContexts]);
        notes.AddRange(ScriptsOfNoContext(model.CodeBase, ofContexts));
        notes.AddRange(UnreadDataAccess.Notes(model));
        foreach (var assembly in ReferencedFirst([.. model.CodeBase.Assemblies]))
        {
            var ofContext = ofContexts.Contains(assembly);
            var sends = SendsSql(assembly) || assembly.References.Any(helpers.AreIn);
            var usesDocuments = DocumentCollections.Uses(assembly);
            if (!sends && !scripted.Contains(assembly) && !usesDocuments)
            {
                continue;
            }

            var dialect = dialects.OfAssembly(assembly);
            var linq2Db = Linq2DbMappings.Uses(assembly);
            var usesMarten = MartenMappings.Uses(assembly);
            assemblies.ReadOnce(assembly.Name, data =>
            {
                // linq2db's providers all live in its own assembly: the one the code chooses tells the dialect.
                if (linq2Db && SqlSink.DialectOfReferences(assembly.References) == SqlDialect.Unknown && Linq2DbMappings.ProviderOf(data) is var chosen and not SqlDialect.Unknown)
                {
                    dialect = chosen;
                }

                if (linq2Db && (ofContext || assembly.IsFirstParty))
                {
                    // linq2db's classes map their tables: each class is the mapper of its own, in its context, or in none
                    // (as a DbContext of no context is read, its tables then unowned).
                    foreach (var mapping in Linq2DbMappings.Read(data, SqlUseReader.Public(dialect)))
                    {
                        if (model.CodeBase.FindType(mapping.Entity)?.Name is not { } entity)
                        {
                            // A class of no inspected assembly (a package's): not a table of the code base.
                            continue;
                        }

                        var context = model.ContextOf(entity)?.Name;
                        contextsByDbContext[entity] = context;
                        mappings.Add(Named(mapping, entity, databases.Of(context)) with { DbContext = entity });
                    }
                }

                if (usesMarten && (ofContext || assembly.IsFirstParty))
                {
                    marten.Read(data, type => model.ContextOf(type)?.Name, type => model.CodeBase.FindType(type) is not null);
                }

                if (usesDocuments && (ofContext || assembly.IsFirstParty))
                {
                    documents.Read(data, type => model.ContextOf(type)?.Name, type => model.CodeBase.FindType(type) is not null);
                }

                if (sends)
                {
                    helpers.Find(data, dialect);
                    if (ofContext)
                    {
                        sql.Read(data, type => model.ContextOf(type) is not null, dialect);
                        if (HasTypesOfNoContext(model, assembly) && ReadSqlOfNoContext(assembly, data, dialect, outside, type => model.ContextOf(type) is null))
                        {
                            // Contexts by namespace hold only part of it: the rest's SQL is no context's, and said so.
                            splitOutside.Add(assembly);
                        }
                    }
                    else if (ReadSqlOfNoContext(assembly, data, dialect, outside))
                    {
                        readOutside.Add(assembly);
                    }
                }

                if (scripted.Contains(assembly) && data.SqlScripts() is { Count: > 0 } scripts)
                {
                    sql.ReadScripts(data, type => model.ContextOf(type) is not null, dialects.OfScripts(assembly), scripts);
                }
            });
        }

        sql.Finish();
        notes.AddRange(SqlOfNoContext(readOutside, outside));
        notes.AddRange(SqlOfTypesOfNoContext(splitOutside, outside));
        // What a generic base of no context's assembly builds for the contexts' types that close it is theirs.
        sql.Statements.AddRange(outside.Closed);
        sql.Problems.AddRange(outside.ClosedProblems);
        // Marten's documents and events, MongoDB's collections and Cosmos DB's containers: each mapped by the type of the
        // context whose code stores, reads or asks for them.
        foreach (var (context, mapper, mapping) in marten.Mappings().Concat(documents.Mappings()))
        {
            var entity = model.CodeBase.FindType(mapping.Entity)?.Name ?? mapping.Entity;
            var user = model.CodeBase.FindType(mapper)?.Name ?? mapper;
            contextsByDbContext[user] = context;
            mappings.Add(Named(mapping, entity, databases.Of(context)) with { DbContext = user });
        }

        notes.AddRange(marten.Notes.Concat(documents.Notes));

        notes.AddRange(problems.Concat(assemblies.Problems).Distinct(StringComparer.Ordinal));
        return Decide(model, mappings, contextsByDbContext, defaultSchemas, [.. functions, .. sql.Statements.Select(databases.Place)], sql.Problems, notes, databases.ByContext);

        // A mapping as the catalog keeps it: its entity named as the code base names it, located, and its table, in its
        // context's database, held once for all its mappings.
        TableMapping Named(TableMapping mapping, TypeName entity, string? database) =>
            mapping.Naming(entity, Locate(model.CodeBase, mapping.Site), Once(tableNames, mapping.Table.InDatabase(database)));
    }

    /// <summary>The name <paramref name="names"/> holds equal to <paramref name="name"/>, or <paramref name="name"/>, held from now on.</summary>
    private static TableName Once(Dictionary<TableName, TableName> names, TableName name)
    {
        if (!names.TryGetValue(name, out var held))
        {
            names[name] = held = name;
        }

        return held;
    }

    /// <summary>A database function the model of a context's DbContext maps, as a statement of the context that calls it.</summary>
    private static SqlStatement FunctionCall(CodeBase codeBase, TypeName dbContext, DbFunctionUse function, SqlDialectName dialect, string? database)
    {
        var name = TableNames.Create(function.Schema, function.Name, dialect, quoted: true).InDatabase(database);
        return new SqlStatement
        {
            SourceType = dbContext,
            SourceMember = function.Member,
            Api = function.Api,
            Dialect = dialect,
            Text = name.ToString(),
            Tables = [new StatementTable(name, TableAccessKind.Execute) { IsRoutine = true }],
            Location = Locate(codeBase, function.Site),
        };
    }

    private static SourceLocation? Locate(CodeBase codeBase, MappingSite? site) => site is { } at ? codeBase.Locate(at.AssemblyPath, at.Anchor) : null;

    /// <summary>The assemblies with each after those of them it references (a cycle, which the compiler cannot make, is broken where met).</summary>
    private static List<InspectedAssembly> ReferencedFirst(List<InspectedAssembly> assemblies)
    {
        var byName = new Dictionary<string, InspectedAssembly>(StringComparer.OrdinalIgnoreCase);
        foreach (var assembly in assemblies)
        {
            byName.TryAdd(assembly.Name, assembly);
        }

        var placed = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var ordered = new List<InspectedAssembly>(assemblies.Count);
        foreach (var assembly in assemblies)
        {
            Place(assembly);
        }

        return ordered;

        void Place(InspectedAssembly assembly)
        {
            if (!placed.Add(assembly.Name))
            {
                return;
            }

            foreach (var reference in assembly.References)
            {
                if (byName.TryGetValue(reference, out var referenced))
                {
                    Place(referenced);
                }
            }

            ordered.Add(assembly);
        }
    }

    /// <summary>Whether an assembly can send SQL: it references a data-access library.</summary>
    private static bool SendsSql(InspectedAssembly assembly) => assembly.References.Any(r =>
        r.StartsWith("Microsoft.EntityFrameworkCore", StringComparison.OrdinalIgnoreCase) || r.StartsWith("Dapper", StringComparison.OrdinalIgnoreCase)
        || r.StartsWith("Npgsql", StringComparison.OrdinalIgnoreCase) || r.Contains("SqlClient", StringComparison.OrdinalIgnoreCase)
        || r.Contains("Sqlite", StringComparison.OrdinalIgnoreCase) || r.Contains("MySql", StringComparison.OrdinalIgnoreCase)
        || r.StartsWith("FluentMigrator", StringComparison.OrdinalIgnoreCase) || r.StartsWith("dbup", StringComparison.OrdinalIgnoreCase)
        || r.StartsWith("linq2db", StringComparison.OrdinalIgnoreCase) || r.Equals("Marten", StringComparison.OrdinalIgnoreCase) || r is "System.Data.Common" or "System.Data");
}
