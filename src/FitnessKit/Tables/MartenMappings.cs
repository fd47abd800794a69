using System.Reflection.Metadata.Ecma335;
using FitnessKit.Inspection;
using FitnessKit.Loading.Il;
using FitnessKit.Model;

namespace FitnessKit.Tables;

/// <summary>
/// The tables Marten keeps a context's documents and events in, as Marten names them: a document type's table is
/// <c>mt_doc_</c> and its alias (the class name in lower case, <c>outer_inner</c> for a nested class, or what
/// <c>[DocumentAlias]</c> or <c>.DocumentAlias(..)</c> says), in the store's schema (<c>DatabaseSchemaName</c>,
/// <c>public</c> when none is set) or the document's own (<c>[DatabaseSchemaName]</c>, <c>.DatabaseSchemaName(..)</c>);
/// the event store's tables are <c>mt_events</c> and <c>mt_streams</c>, in the events' schema or the store's. A document
/// type is one the context's code stores, loads, queries or registers (<c>Store</c>, <c>Insert</c>, <c>LoadAsync</c>,
/// <c>Query</c>, <c>Schema.For&lt;T&gt;()</c>, ...); the event store is used by code that appends or starts streams.
/// Each is mapped by the first type of the context whose code uses it. Read per context: the store is usually
/// configured in one assembly (a host, an infrastructure project) and used in another.
/// </summary>
internal sealed class MartenMappings
{
    private const string Prefix = "mt_doc_";

    private static readonly HashSet<string> DocumentMethods = new(StringComparer.Ordinal)
    {
        "Store", "Insert", "Update", "Delete", "HardDelete", "DeleteWhere", "HardDeleteWhere", "Query", "QueryAsync", "Load", "LoadAsync",
        "LoadMany", "LoadManyAsync", "Patch", "For", "RegisterDocumentType", "Json",
    };

    private static readonly HashSet<string> EventMethods = new(StringComparer.Ordinal)
    {
        "Append", "AppendExclusive", "AppendOptimistic", "StartStream", "FetchStream", "FetchStreamAsync", "FetchStreamState", "FetchStreamStateAsync",
        "AggregateStream", "AggregateStreamAsync", "FetchForWriting", "FetchForExclusiveWriting", "FetchLatest", "WriteToAggregate",
    };

    private readonly Dictionary<string, ContextStore> _contexts = new(StringComparer.Ordinal);
    private readonly ContextStore _noContext = new();
    private readonly Dictionary<TypeName, string> _aliases = new();
    private readonly Dictionary<TypeName, string> _schemas = new();
    private readonly SortedDictionary<string, HashSet<TypeName>> _ofNoContext = new(StringComparer.Ordinal);

    /// <summary>Gets what could not be read and what no rule judges (documents used by code of no context), each a sentence.</summary>
    public List<string> Notes { get; } = [];

    /// <summary>Whether an assembly references Marten.</summary>
    public static bool Uses(InspectedAssembly assembly) => assembly.References.Any(r => r.Equals("Marten", StringComparison.OrdinalIgnoreCase));

    /// <summary>Reads an assembly's document types, event store use and store settings, each as the context of the code that has it.</summary>
    /// <param name="assembly">The assembly.</param>
    /// <param name="contextOf">The context of a type of the code base, or <see langword="null"/>: the settings of code of no context (a host that configures one store for all) hold for every context that sets none.</param>
    /// <param name="ofCodeBase">Whether a type is the code base's, not a package's.</param>
    public void Read(DataAssembly assembly, Func<TypeName, string?> contextOf, Func<TypeName, bool> ofCodeBase)
    {
        var types = assembly.Guard(() => assembly.Metadata.TypeDefinitions.ToList());
        foreach (var type in types)
        {
            var name = assembly.Names.Of(type);
            if (assembly.AttributeArguments(type, "Marten.Schema.DocumentAliasAttribute") is [{ Value: { } alias }, ..])
            {
                _aliases[name] = alias;
            }

            if (assembly.AttributeArguments(type, "Marten.Schema.DatabaseSchemaNameAttribute") is [{ Value: { } schema }, ..])
            {
                _schemas[name] = schema;
            }
        }

        var calls = assembly.CallsOf(types.Select(t => MetadataTokens.GetToken(t)).ToHashSet(), t => t.Namespace == "Marten" || t.Namespace.StartsWith("Marten.", StringComparison.Ordinal) || t.Namespace == "JasperFx.Events");
        foreach (var owner in calls.Where(c => c.Method.Name is "set_DatabaseSchemaName" or "DatabaseSchemaName" or "DocumentAlias").Select(c => c.Owner).Distinct())
        {
            Settings(assembly, owner, StoreOf(contextOf(owner.Type)));
        }

        foreach (var call in calls)
        {
            if (contextOf(call.Owner.Type) is not { } context)
            {
                // Documents a host or shared library of no context stores or reads: said, not judged.
                if (DocumentMethods.Contains(call.Method.Name) && call.Method.MethodArguments is [var used] && ofCodeBase(used.Type))
                {
                    (_ofNoContext.TryGetValue(assembly.Name, out var set) ? set : _ofNoContext[assembly.Name] = []).Add(used.Type);
                }

                continue;
            }

            var store = StoreOf(context);
            var site = new MappingSite(assembly.Path, CodeAnchor.ForMethod(call.Owner.TypeToken, call.Owner.MethodToken, call.Offset));
            var where = Phrases.Member(call.Owner.Type.DisplayName, call.Owner.Member);
            // The event store's operations are JasperFx's (Marten's own since version 8), its options Marten's.
            if (EventMethods.Contains(call.Method.Name) && call.Method.DeclaringType.Type.Namespace is "Marten.Events" or "JasperFx.Events")
            {
                store.Events ??= (call.Owner.Type, MappingEvidence.Of($"Events.{call.Method.Name} in {where}: Marten's event store"), site);
            }
            else if (DocumentMethods.Contains(call.Method.Name) && call.Method.MethodArguments is [var document] && ofCodeBase(document.Type) && !store.Documents.ContainsKey(document.Type))
            {
                store.Documents[document.Type] = (call.Owner.Type, MappingEvidence.Of($"{call.Method.Name}<{document.Type.DisplayName}> in {where}: Marten's document table"), site);
            }
        }
    }

    /// <summary>The mappings of every context read, each with its mapper: the type whose code uses the documents or events.</summary>
    public IEnumerable<(string Context, TypeName Mapper, TableMapping Mapping)> Mappings()
    {
        foreach (var (assembly, documents) in _ofNoContext)
        {
            Notes.Add($"{assembly} stores or reads {documents.Count} Marten document {(documents.Count == 1 ? "type" : "types")} but belongs to no context, so no rule judges its use of their tables: add the assembly to the context whose data they are.");
        }

        foreach (var (context, store) in _contexts)
        {
            var schemas = (store.Schemas.Count > 0 ? store.Schemas : _noContext.Schemas).Distinct(StringComparer.Ordinal).ToList();
            if (schemas.Count > 1)
            {
                Notes.Add($"Marten's store of context {context} is given several schemas ({string.Join(", ", schemas)}), so its tables are taken to be in {schemas[0]}.");
            }

            var schema = schemas.FirstOrDefault() ?? "public";
            foreach (var (document, (mapper, evidence, site)) in store.Documents)
            {
                // The fluent mapping is applied after the attributes, so it wins, as in Marten.
                var alias = store.Aliases.GetValueOrDefault(document) ?? _aliases.GetValueOrDefault(document) ?? DefaultAlias(document);
                var table = TableNames.Create(store.DocumentSchemas.GetValueOrDefault(document) ?? _schemas.GetValueOrDefault(document) ?? schema, Prefix + alias, SqlDialectName.PostgreSql, quoted: false);
                yield return (context, mapper, new TableMapping(table, TableMappingKind.Table, mapper, document, evidence) { Dialect = SqlDialectName.PostgreSql, Site = site });
            }

            if (store.Events is var (user, used, at))
            {
                var events = store.EventSchemas.FirstOrDefault() ?? _noContext.EventSchemas.FirstOrDefault() ?? schema;
                foreach (var name in (string[])["mt_events", "mt_streams"])
                {
                    var table = TableNames.Create(events, name, SqlDialectName.PostgreSql, quoted: false);
                    yield return (context, user, new TableMapping(table, TableMappingKind.Table, user, user, used) { Dialect = SqlDialectName.PostgreSql, Site = at });
                }
            }
        }
    }

    private ContextStore StoreOf(string? context) =>
        context is null ? _noContext : _contexts.TryGetValue(context, out var store) ? store : _contexts[context] = new ContextStore();

    /// <summary>Marten's alias of a document type: its name in lower case, a nested type's joined to its declaring type's by <c>_</c>.</summary>
    private static string DefaultAlias(TypeName document) =>
        document.Name.Replace('+', '_').Replace('`', '_').ToLowerInvariant();

    /// <summary>The store's settings in a method: the store's schema, the events' schema, a document's schema and alias.</summary>
    private static void Settings(DataAssembly assembly, MethodOwner owner, ContextStore store)
    {
        foreach (var call in assembly.Trace(owner.Method).Calls)
        {
            if (call.Arguments is not [_, TextValue { Constant: { } text }, ..])
            {
                continue;
            }

            switch (call.Method.Name)
            {
                case "set_DatabaseSchemaName" when call.Method.TypeFullName == "Marten.StoreOptions":
                    store.Schemas.Add(text);
                    break;
                case "set_DatabaseSchemaName" when call.Method.DeclaringType.Type.Namespace.StartsWith("Marten.Events", StringComparison.Ordinal):
                    store.EventSchemas.Add(text);
                    break;
                case "DatabaseSchemaName" when call.Method.DeclaringType.Arguments is [var document]:
                    store.DocumentSchemas[document.Type] = text;
                    break;
                case "DocumentAlias" when call.Method.DeclaringType.Arguments is [var document]:
                    store.Aliases[document.Type] = text;
                    break;
            }
        }
    }

    /// <summary>What the code of one context says of its Marten store.</summary>
    private sealed class ContextStore
    {
        public List<string> Schemas { get; } = [];

        public List<string> EventSchemas { get; } = [];

        public Dictionary<TypeName, string> DocumentSchemas { get; } = [];

        public Dictionary<TypeName, string> Aliases { get; } = [];

        public Dictionary<TypeName, (TypeName Mapper, MappingEvidence Evidence, MappingSite Site)> Documents { get; } = [];

        public (TypeName User, MappingEvidence Evidence, MappingSite Site)? Events { get; set; }
    }
}
