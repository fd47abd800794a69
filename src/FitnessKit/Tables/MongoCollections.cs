using System.Reflection.Metadata.Ecma335;
using FitnessKit.Loading.Il;
using FitnessKit.Model;

namespace FitnessKit.Tables;

/// <summary>
/// The MongoDB collections a context's code uses, as MongoDB names them: the collection a database is asked for
/// (<c>database.GetCollection&lt;Parcel&gt;("parcels")</c>), in the database the client is asked for
/// (<c>client.GetDatabase("tracking")</c>, where the call is made or where the constructor keeps the database in a
/// field): <c>tracking..parcels</c>, a database and a collection, no schema. Each is mapped by the first type of the
/// context whose code asks for it; a collection whose database the code does not name is in the one database the
/// context's other collections name, if they name one, otherwise in the context's database of the map.
/// </summary>
internal sealed class MongoCollections
{
    private readonly Dictionary<string, Dictionary<string, Use>> _contexts = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, SortedSet<string>> _ofNoContext = new(StringComparer.Ordinal);

    /// <summary>Gets what could not be read and what no rule judges (collections used by code of no context), each a sentence.</summary>
    public List<string> Notes { get; } = [];

    /// <summary>Whether an assembly references the MongoDB driver.</summary>
    public static bool Uses(InspectedAssembly assembly) => assembly.References.Any(r => r.Equals("MongoDB.Driver", StringComparison.OrdinalIgnoreCase));

    /// <summary>Reads the collections an assembly's code asks for, each as the context of the code that asks.</summary>
    /// <param name="assembly">The assembly.</param>
    /// <param name="contextOf">The context of a type of the code base, or <see langword="null"/>.</param>
    /// <param name="ofCodeBase">Whether a type is the code base's, not a package's (a <c>BsonDocument</c> collection is mapped by the type that asks for it).</param>
    public void Read(DataAssembly assembly, Func<TypeName, string?> contextOf, Func<TypeName, bool> ofCodeBase)
    {
        var types = assembly.Guard(() => assembly.Metadata.TypeDefinitions.Select(t => MetadataTokens.GetToken(t)).ToHashSet());
        var owners = assembly.CallsOf(types, t => t.Namespace == "MongoDB.Driver")
            .Where(c => c.Method.Name == "GetCollection").Select(c => c.Owner).Distinct().ToList();
        foreach (var owner in owners)
        {
            var context = contextOf(owner.Type);
            var where = $"{owner.Type.DisplayName}.{owner.Member}";
            foreach (var call in assembly.Trace(owner.Method).Calls)
            {
                if (call.Method.Name != "GetCollection" || call.Method.DeclaringType.Type.Namespace != "MongoDB.Driver" || call.Method.MethodArguments is not [var document])
                {
                    continue;
                }

                if (call.Arguments is not [var database, TextValue { Constant: { } name }, ..])
                {
                    Notes.Add($"{where} asks for a MongoDB collection by a name computed at run time, so which collection it uses is not known.");
                    continue;
                }

                var databaseName = DatabaseOf(database);
                if (context is null)
                {
                    // Collections a host or shared library of no context uses: said, not judged.
                    (_ofNoContext.TryGetValue(assembly.Name, out var set) ? set : _ofNoContext[assembly.Name] = new(StringComparer.Ordinal)).Add(name);
                    continue;
                }

                var uses = _contexts.TryGetValue(context, out var found) ? found : _contexts[context] = new(StringComparer.Ordinal);
                var key = (databaseName ?? string.Empty) + "/" + name;
                if (!uses.ContainsKey(key))
                {
                    var entity = ofCodeBase(document.Type) ? document.Type : owner.Type;
                    var evidence = MappingEvidence.Of($"GetCollection<{document.Type.DisplayName}>(\"{name}\") in {where}: a MongoDB collection");
                    uses[key] = new Use(databaseName, name, owner.Type, entity, evidence, new MappingSite(assembly.Path, CodeAnchor.ForMethod(owner.TypeToken, owner.MethodToken, call.Offset)));
                }
            }
        }
    }

    /// <summary>The mappings of every context read, each with its mapper: the type whose code asks for the collection.</summary>
    public IEnumerable<(string Context, TypeName Mapper, TableMapping Mapping)> Mappings()
    {
        foreach (var (assembly, collections) in _ofNoContext)
        {
            Notes.Add($"{assembly} uses {collections.Count} MongoDB {(collections.Count == 1 ? "collection" : "collections")} ({string.Join(", ", collections.Take(3))}{(collections.Count > 3 ? ", ..." : string.Empty)}) but belongs to no context, so no rule judges its use of them: add the assembly to the context whose data they are.");
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

    /// <summary>The database a value holds when the code asked a client for it by a name it knows (<c>client.GetDatabase("tracking")</c>).</summary>
    private static string? DatabaseOf(IlValue database) =>
        database is CallResultValue { Method.Name: "GetDatabase", Arguments: [_, TextValue { Constant: { } name }, ..] } call
            && call.Method.DeclaringType.Type.Namespace == "MongoDB.Driver"
            ? name
            : null;

    /// <summary>One collection a context uses, where it is first asked for.</summary>
    private sealed record Use(string? Database, string Collection, TypeName Mapper, TypeName Entity, MappingEvidence Evidence, MappingSite Site);
}
