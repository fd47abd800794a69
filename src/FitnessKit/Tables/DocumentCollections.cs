using System.Reflection.Metadata.Ecma335;
using FitnessKit.Inspection;
using FitnessKit.Loading.Il;
using FitnessKit.Model;

namespace FitnessKit.Tables;

/// <summary>
/// The document collections a context's code uses, named where the code asks for them: MongoDB's
/// (<c>database.GetCollection&lt;Parcel&gt;("parcels")</c>, in the database <c>client.GetDatabase("tracking")</c>
/// names) and Azure Cosmos DB's containers (<c>client.GetContainer("preferences", "customer_preferences")</c>, or
/// <c>GetContainer</c> and <c>CreateContainerIfNotExistsAsync</c> on the database <c>client.GetDatabase(..)</c> names).
/// Each is a table in a database with no schema (<c>tracking..parcels</c>), mapped by the first type of the context whose
/// code asks for it; a collection whose database the code does not name (where the constructor keeps the database in a
/// field, it is read there) is in the one database the context's other collections name, if they name one, otherwise
/// in the context's database of the map.
/// </summary>
internal sealed class DocumentCollections
{
    private const string Mongo = "MongoDB.Driver";
    private const string Cosmos = "Microsoft.Azure.Cosmos";

    private readonly Dictionary<string, Dictionary<string, Use>> _contexts = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, SortedSet<string>> _ofNoContext = new(StringComparer.Ordinal);

    /// <summary>Gets what could not be read and what no rule judges (collections used by code of no context), each a sentence.</summary>
    public List<string> Notes { get; } = [];

    /// <summary>Whether an assembly references MongoDB's driver or Cosmos DB's SDK.</summary>
    public static bool Uses(InspectedAssembly assembly) =>
        assembly.References.Any(r => r.Equals(Mongo, StringComparison.OrdinalIgnoreCase) || r.Equals(Cosmos + ".Client", StringComparison.OrdinalIgnoreCase));

    /// <summary>Reads the collections an assembly's code asks for, each as the context of the code that asks.</summary>
    /// <param name="assembly">The assembly.</param>
    /// <param name="contextOf">The context of a type of the code base, or <see langword="null"/>.</param>
    /// <param name="ofCodeBase">Whether a type is the code base's, not a package's (a <c>BsonDocument</c> collection, or a container, is mapped by the type that asks for it).</param>
    public void Read(DataAssembly assembly, Func<TypeName, string?> contextOf, Func<TypeName, bool> ofCodeBase)
    {
        var types = assembly.Guard(() => assembly.Metadata.TypeDefinitions.Select(t => MetadataTokens.GetToken(t)).ToHashSet());
        var owners = assembly.CallsOf(types, t => t.Namespace is Mongo or Cosmos)
            .Where(c => IsAsked(c.Method)).Select(c => c.Owner).Distinct().ToList();
        foreach (var owner in owners)
        {
            var context = contextOf(owner.Type);
            var where = Phrases.Member(owner.Type.DisplayName, owner.Member);
            foreach (var call in assembly.Trace(owner.Method).Calls)
            {
                if (!IsAsked(call.Method) || Asked(call) is not var (database, name, document, noun, written))
                {
                    continue;
                }

                if (name is null)
                {
                    Notes.Add($"{where} asks for {noun} by a name computed at run time, so which one it uses is not known.");
                    continue;
                }

                if (context is null)
                {
                    // Collections a host or shared library of no context uses: said, not judged.
                    (_ofNoContext.TryGetValue(assembly.Name, out var set) ? set : _ofNoContext[assembly.Name] = new(StringComparer.Ordinal)).Add(name);
                    continue;
                }

                var uses = _contexts.TryGetValue(context, out var found) ? found : _contexts[context] = new(StringComparer.Ordinal);
                var key = (database ?? string.Empty) + "/" + name;
                if (!uses.ContainsKey(key))
                {
                    var entity = document is { } type && ofCodeBase(type) ? type : owner.Type;
                    var evidence = MappingEvidence.Of($"{written} in {where}: {noun}");
                    uses[key] = new Use(database, name, owner.Type, entity, evidence, new MappingSite(assembly.Path, CodeAnchor.ForMethod(owner.TypeToken, owner.MethodToken, call.Offset)));
                }
            }
        }
    }

    /// <summary>The mappings of every context read, each with its mapper: the type whose code asks for the collection.</summary>
    public IEnumerable<(string Context, TypeName Mapper, TableMapping Mapping)> Mappings()
    {
        foreach (var (assembly, collections) in _ofNoContext)
        {
            Notes.Add($"{assembly} uses {collections.Count} document {(collections.Count == 1 ? "collection" : "collections")} ({string.Join(", ", collections.Take(3))}{(collections.Count > 3 ? ", ..." : string.Empty)}) but belongs to no context, so no rule judges its use of them: add the assembly to the context whose data they are.");
        }

        foreach (var (context, uses) in _contexts)
        {
            // A collection whose database the code does not name is in the one the context's other collections name.
            var named = uses.Values.Select(u => u.Database).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
            var fallback = named.Count == 1 ? named[0] : null;
            foreach (var use in uses.Values)
            {
                var table = TableNames.Create(null, use.Collection, SqlDialectName.Unknown, quoted: true).InDatabase(use.Database ?? fallback);
                yield return (context, use.Mapper, new TableMapping(table, TableMappingKind.Table, use.Mapper, use.Entity, use.Evidence) { Site = use.Site });
            }
        }
    }

    private static bool IsAsked(CalledMethod method) =>
        method.Name is "GetCollection" or "GetContainer" or "CreateContainerIfNotExistsAsync" or "CreateContainerAsync";

    /// <summary>The database, name and document type a call asks for, how it is called and how it is written; <see langword="null"/> for a call that asks for none.</summary>
    private static (string? Database, string? Name, TypeName? Document, string Noun, string Written)? Asked(CallSite call)
    {
        var method = call.Method;
        var arguments = call.Arguments;
        switch (method.DeclaringType.Type.Namespace)
        {
            // IMongoDatabase.GetCollection<T>(name, settings).
            case Mongo when method.Name == "GetCollection" && method.MethodArguments is [var document] && arguments.Count >= 2:
                var collection = Text(arguments[1]);
                return (DatabaseOf(arguments[0], Mongo), collection, document.Type, "a MongoDB collection", $"GetCollection<{document.Type.DisplayName}>(\"{collection}\")");

            // CosmosClient.GetContainer(databaseId, containerId).
            case Cosmos when method.Name == "GetContainer" && method.DeclaringType.Type.Name == "CosmosClient" && arguments.Count == 3:
                var container = Text(arguments[2]);
                return (Text(arguments[1]), container, null, "an Azure Cosmos DB container", $"GetContainer(\"{Text(arguments[1])}\", \"{container}\")");

            // Database.GetContainer(id), CreateContainerIfNotExistsAsync(id, partitionKeyPath, ..), CreateContainerAsync(id, ..).
            case Cosmos when method.DeclaringType.Type.Name == "Database" && method.ParameterIs(0, "System.String") && arguments.Count >= 2:
                var id = Text(arguments[1]);
                return (DatabaseOf(arguments[0], Cosmos), id, null, "an Azure Cosmos DB container", $"{method.Name}(\"{id}\")");

            default:
                return null;
        }
    }

    private static string? Text(IlValue value) => value is TextValue { Constant: { } text } ? text : null;

    /// <summary>The database a value holds when the code asked a client for it by a name it knows (<c>client.GetDatabase("tracking")</c>).</summary>
    private static string? DatabaseOf(IlValue database, string library) =>
        database is CallResultValue { Method.Name: "GetDatabase", Arguments: [_, var name, ..] } call && call.Method.DeclaringType.Type.Namespace == library ? Text(name) : null;

    /// <summary>One collection a context uses, where it is first asked for.</summary>
    private sealed record Use(string? Database, string Collection, TypeName Mapper, TypeName Entity, MappingEvidence Evidence, MappingSite Site);
}
