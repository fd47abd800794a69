using System.Buffers.Binary;
using System.Collections.Concurrent;
using System.Text;
using FitnessKit.Inspection;
using FitnessKit.Loading;
using FitnessKit.Model;

namespace FitnessKit.Tables;

/// <summary>
/// The models of database contexts that an earlier check read, kept in the model cache beside the model of the
/// assembly that declares each context: a warm check takes a context's model from there instead of interpreting its
/// IL again. A model is taken only when it was read by this build of FitnessKit, in the same dialect and naming
/// convention, and every assembly its reading asked for is the same build today (an assembly it looked for and did
/// not find is still not found): its mappings, functions and notes are then what a reading would find. A reading that
/// met a problem opening an assembly, or failed, is not kept, so the problem is met again.
/// </summary>
internal sealed class StoredContextModels
{
    // A build that can be no assembly's: an assembly whose file is there but whose MVID is not read by its headers.
    private static readonly Guid Unreadable = new("ffffffff-ffff-ffff-ffff-ffffffffffff");
    private static readonly Guid KitBuild = typeof(StoredContextModels).Assembly.ManifestModule.ModuleVersionId;
    private const int MostEntries = 4096;

    private readonly ModelCache _cache;
    private readonly CodeBase _codeBase;
    private readonly IReadOnlyList<InspectedAssembly> _declaring;
    private readonly ConcurrentDictionary<string, Guid> _builds = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<InspectedAssembly, Lazy<byte[]?>> _files = new();
    private readonly AssemblyBuild[]?[] _asked;
    private readonly bool[] _read;

    /// <param name="cache">The model cache.</param>
    /// <param name="codeBase">The code base, which finds each assembly's file and build.</param>
    /// <param name="declaring">The assembly that declares each context, in the order the contexts are read.</param>
    public StoredContextModels(ModelCache cache, CodeBase codeBase, IReadOnlyList<InspectedAssembly> declaring)
    {
        _cache = cache;
        _codeBase = codeBase;
        _declaring = declaring;
        _asked = new AssemblyBuild[]?[declaring.Count];
        _read = new bool[declaring.Count];
    }

    /// <summary>The model of the context at <paramref name="index"/> as an earlier check read it, when it still holds; else <see langword="null"/>.</summary>
    public ContextTables? Find(int index, TypeName context, SqlDialectName dialect, NamingConvention? naming)
    {
        var assembly = _declaring[index];
        if (_files.GetOrAdd(assembly, a => new Lazy<byte[]?>(() => _cache.TryReadTables(a))).Value is not { } bytes)
        {
            return null;
        }

        try
        {
            var reader = new CacheReader(bytes) { Position = ModelCache.BesideHeaderLength };
            var names = TypeNameTable.ForOneThread();
            var inputs = Inputs(dialect, naming);
            for (var entries = reader.ReadCount(bytesEach: 32); entries > 0; entries--)
            {
                var stored = ModelCache.ReadName(ref reader, names);
                var storedInputs = BinaryPrimitives.ReadUInt64LittleEndian(reader.Take(8));
                var asked = new AssemblyBuild[reader.ReadCount(bytesEach: 17)];
                for (var i = 0; i < asked.Length; i++)
                {
                    asked[i] = new AssemblyBuild(reader.ReadString(), new Guid(reader.Take(16)));
                }

                var body = reader.Take(reader.ReadInt32());
                if (stored.Equals(context) && storedInputs == inputs && asked.All(a => CurrentBuild(a.Name) == a.Mvid))
                {
                    var model = ContextTablesCoding.Read(body, context, [.. asked.Select(a => _codeBase.PathOf(a.Name))], names);
                    _asked[index] = asked;
                    return model;
                }
            }

            return null;
        }
        catch (Exception exception) when (CachedModel.IsDamage(exception))
        {
            _cache.NoteUndecodableTables(assembly, exception);
            return null;
        }
    }

    /// <summary>Notes that the context at <paramref name="index"/> was read from its code, asking for these assemblies (each with the build opened, or none).</summary>
    public void Read(int index, IEnumerable<(string Name, Guid Mvid)> asked)
    {
        _asked[index] = [.. asked.Select(a => new AssemblyBuild(a.Name, a.Mvid))];
        _read[index] = true;
    }

    /// <summary>
    /// Writes the file of each declaring assembly one of whose contexts was read from its code, with every context of
    /// it that this check read or found: the models, in the order given.
    /// </summary>
    public void Write(IReadOnlyList<ContextTables> models, IReadOnlyList<SqlDialectName> dialects, IReadOnlyList<NamingConvention?>? conventions)
    {
        foreach (var group in Enumerable.Range(0, models.Count).GroupBy(i => _declaring[i]))
        {
            var kept = group.Where(i => _asked[i] is not null).Take(MostEntries).ToList();
            if (!group.Any(i => _read[i]) || kept.Count == 0)
            {
                continue;
            }

            _cache.WriteTables(group.Key, writer =>
            {
                writer.Write7BitEncodedInt(kept.Count);
                foreach (var i in kept)
                {
                    var asked = _asked[i]!;
                    ModelCache.WriteName(writer, models[i].DbContext);
                    writer.Write(Inputs(dialects[i], conventions?[i]));
                    writer.Write7BitEncodedInt(asked.Length);
                    foreach (var (name, mvid) in asked)
                    {
                        writer.Write(name);
                        writer.Write(mvid.ToByteArray());
                    }

                    var lengthAt = writer.BaseStream.Position;
                    writer.Write(0);
                    ContextTablesCoding.Write(writer, models[i], [.. asked.Select(a => _codeBase.PathOf(a.Name))]);
                    var end = writer.BaseStream.Position;
                    writer.BaseStream.Position = lengthAt;
                    writer.Write((int)(end - lengthAt - 4));
                    writer.BaseStream.Position = end;
                }
            });
        }
    }

    /// <summary>What else a reading depends on: the kit's build (its reader), the dialect and the naming convention.</summary>
    private static ulong Inputs(SqlDialectName dialect, NamingConvention? naming) =>
        Checksum64.Of(Encoding.UTF8.GetBytes($"{KitBuild:N}|{(int)dialect}|{naming?.Method}"));

    /// <summary>The build of an assembly today: an inspected one's, else the MVID of the file found for it, or none when none is found.</summary>
    private Guid CurrentBuild(string name) => _builds.GetOrAdd(name, n =>
        _codeBase.AssemblyNamed(n) is { } inspected ? inspected.Mvid
        : _codeBase.PathOf(n) is not { } path ? Guid.Empty
        : MvidReader.TryRead(path, out var mvid) ? mvid : Unreadable);

    private readonly record struct AssemblyBuild(string Name, Guid Mvid);
}
