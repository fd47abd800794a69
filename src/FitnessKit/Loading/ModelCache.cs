using System.Buffers.Binary;
using System.Collections.Concurrent;
using FitnessKit.Model;

namespace FitnessKit.Loading;

/// <summary>
/// A persistent cache of <see cref="InspectedAssembly"/> models, one file per assembly build, named by assembly name
/// and MVID. A file is read only when its format version and MVID match the assembly on disk and its checksum matches
/// its content (<see cref="CacheFileSeal"/>); it is written to a temporary file and renamed, so an interrupted run never
/// leaves half a file. An assembly is written once decoded, with its members and dependencies; one that a question, or
/// a reading of every type (<see cref="Inspection.CodeBase.Types"/>), reads without decoding it, with its type headers
/// and every type its metadata can name. Loading writes nothing. A
/// damaged file is never read: its assembly is read from its own file instead, which writes the cache file again, and
/// the damage is noted in <see cref="DamagedFiles"/>.
/// </summary>
internal sealed partial class ModelCache(string directory, long heldBytesBudget)
{
    // 5: file-local types, and top-level types named <...> that are not the compiler's own, are types of their own.
    // 6: every file ends with a checksum of its content (CacheFileSeal), checked before anything is decoded.
    // 7: no reference-assembly flag (a reference assembly is skipped before it is read, so it was always false).
    // 8: a local variable's dependency is anchored at its method with no instruction (IL offset -1), not at offset 0.
    // 9: the checksum is XXH64 (Checksum64), compiled with the engine, instead of System.IO.Hashing's XxHash3.
    private const int FormatVersion = 9;
    private const string Magic = "FKMC";

    /// <summary>
    /// How many bytes of the files read at load are held, in all, until their assemblies are decoded (many never are:
    /// the runtime's, the packages'), so that neither a question nor the decoding reads a file twice. Beyond it, a
    /// file's bytes are let go once its headers are read, and read again when asked for: on 3,000 assemblies (134 MB of
    /// cache files) a check would otherwise hold them all from loading to decoding.
    /// </summary>
    internal const long HeldBytesBudget = 32L << 20;

    // The folder as it was when this run began, by MVID: one listing instead of a look-up per assembly.
    private readonly Lazy<Dictionary<Guid, string>> _files = new(() => ListByMvid(directory), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly ConcurrentDictionary<(string CacheFile, string AssemblyPath), DamagedCacheFile> _damaged = new();

    private long _heldBytes;

    /// <summary>Gets the cache files found damaged so far, whose assemblies were read from their own files instead, ordered by path.</summary>
    public IReadOnlyList<DamagedCacheFile> DamagedFiles =>
        [.. _damaged.Values.OrderBy(d => d.CacheFile, StringComparer.Ordinal).ThenBy(d => d.AssemblyPath, StringComparer.Ordinal)];

    /// <summary>
    /// Reads the cached model of the assembly build with this MVID, or <see langword="null"/> when there is none or it
    /// cannot be used: written by another version of FitnessKit, or damaged (noted). A model cached without its details
    /// decodes them from the assembly file when they are first needed, and writes them here.
    /// </summary>
    public InspectedAssembly? TryRead(Guid mvid, string path, TypeNameTable table)
    {
        if (!_files.Value.TryGetValue(mvid, out var file) || RegularFile.OtherKindOfOwnFile(file) is not null)
        {
            return null;
        }

        // Past the budget, the bytes are let go once the headers are read: such files are read into arrays the pool
        // lends, and given back (CacheFileBytes).
        var lend = Volatile.Read(ref _heldBytes) > heldBytesBudget;
        byte[] bytes;
        int fileLength;
        try
        {
            // Read whole, not mapped: mapping a file takes the process's address-space lock, which stalls the other
            // loading threads' reads and page faults; these files are small, and released once decoded.
            (bytes, fileLength) = CacheFileBytes.ReadFile(file, lend);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // The cache is an optimisation: a file that cannot be read is read from the assembly, and written again.
            return null;
        }

        if (IsAnotherFormat(bytes.AsSpan(0, fileLength)))
        {
            CacheFileBytes.GiveBack(bytes, lend);
            return null;
        }

        // Nothing is decoded before the checksum matches: a damaged file could decode into other facts.
        if (CacheFileSeal.Check(bytes.AsSpan(0, fileLength), out var length) is { } damage)
        {
            CacheFileBytes.GiveBack(bytes, lend);
            return NoteDamaged(file, path, damage);
        }

        var content = new CacheFileBytes(file, bytes, length, lend);
        try
        {
            var assembly = CachedModel.ReadHeaders(content, (Magic, FormatVersion), path, mvid, table, assembly => AssemblyFileReader.Reopen(assembly, table, this), reason => NoteDamaged(file, path, reason));
            if (Interlocked.Add(ref _heldBytes, fileLength) > heldBytesBudget)
            {
                content.LetGo();
            }

            return assembly;
        }
        catch (Exception exception) when (CachedModel.IsDamage(exception))
        {
            content.Release();
            return NoteDamaged(file, path, CachedModel.Undecodable(exception));
        }
    }

    /// <summary>Writes an assembly whose members and dependencies are decoded.</summary>
    public void Write(InspectedAssembly assembly) => Write(assembly, census: null);

    /// <summary>Writes the type headers of an assembly that is not decoded, with every type its metadata can name: enough to know, next time, whether it can depend on a type at all.</summary>
    public void WriteHeaders(InspectedAssembly assembly, IReadOnlyList<TypeName> census) => Write(assembly, census);

    /// <summary>
    /// Starts the file of an assembly a check decodes in full, whose types are handed over as they are decoded
    /// (<see cref="Filling.Add"/>): none of them holds its full dependencies, which only the file needs, until the file
    /// is written. The file is the one <see cref="Write(InspectedAssembly)"/> writes.
    /// </summary>
    public Filling Fill(InspectedAssembly assembly) => Filling.Begin(this, assembly);

    private void Write(InspectedAssembly assembly, IReadOnlyList<TypeName>? census) => WriteFile(assembly, census, null);

    private void WriteFile(InspectedAssembly assembly, IReadOnlyList<TypeName>? census, Writer? filled)
    {
        if (WriteOwnFile(FileFor(assembly.Name, assembly.Mvid), filled is null ? Writer.Content(assembly, census) : filled.Finish(assembly)))
        {
            DeleteOlderBuilds(assembly.Name, assembly.Mvid);
        }
    }

    /// <summary>Writes a file of the cache's, sealed, through a temporary file renamed once whole; a file that cannot be written is left unwritten.</summary>
    /// <returns>Whether the file was written.</returns>
    private bool WriteOwnFile(string file, ReadOnlySpan<byte> content)
    {
        var temporary = file + "." + Guid.NewGuid().ToString("N") + ".tmp";
        try
        {
            Directory.CreateDirectory(directory);
            using (var stream = File.Create(temporary))
            {
                CacheFileSeal.Write(stream, content);
            }

            File.Move(temporary, file, overwrite: true);
            return true;
        }
        catch (IOException)
        {
            // The cache is an optimisation: a file that cannot be written is read from the assembly next time.
            TryDelete(temporary);
        }
        catch (UnauthorizedAccessException)
        {
            TryDelete(temporary);
        }

        return false;
    }

    /// <summary>Whether a file starts as a cache file of another format version: not damaged, only written by another version of FitnessKit, and written again in this one's format.</summary>
    private static bool IsAnotherFormat(ReadOnlySpan<byte> bytes) =>
        bytes.Length >= 8 && bytes.StartsWith("FKMC"u8) && BinaryPrimitives.ReadInt32LittleEndian(bytes[4..]) is > 0 and not FormatVersion;

    /// <summary>Notes a damaged cache file, whose assembly is read from its own file instead.</summary>
    private InspectedAssembly? NoteDamaged(string file, string path, string reason)
    {
        _damaged.TryAdd((file, Path.GetFullPath(path)), new DamagedCacheFile(file, Path.GetFullPath(path), reason));
        return null;
    }

    /// <summary>Names a file by assembly and MVID, for people; it is found by the MVID alone.</summary>
    private string FileFor(string name, Guid mvid) => Path.Combine(directory, $"{name}.{mvid:N}.fkmc");

    private static Dictionary<Guid, string> ListByMvid(string directory)
    {
        var files = new Dictionary<Guid, string>();
        if (!Directory.Exists(directory))
        {
            return files;
        }

        foreach (var file in Directory.EnumerateFiles(directory, "*.fkmc"))
        {
            var stem = Path.GetFileNameWithoutExtension(file);
            if (Guid.TryParseExact(stem[(stem.LastIndexOf('.') + 1)..], "N", out var mvid))
            {
                files.TryAdd(mvid, file);
            }
        }

        return files;
    }

    private static void TryDelete(string file)
    {
        try
        {
            File.Delete(file);
        }
        catch (IOException)
        {
            // Left for the next run to overwrite.
        }
        catch (UnauthorizedAccessException)
        {
            // As above.
        }
    }

    /// <summary>The file of one assembly written as a check decodes it (<see cref="Fill"/>), on the thread that decodes it.</summary>
    internal sealed class Filling
    {
        private readonly ModelCache _cache;
        private readonly InspectedAssembly _assembly;
        private readonly Writer _writer;

        private Filling(ModelCache cache, InspectedAssembly assembly, Writer writer)
        {
            _cache = cache;
            _assembly = assembly;
            _writer = writer;
        }

        /// <summary>Starts the file, with the thread's writer.</summary>
        internal static Filling Begin(ModelCache cache, InspectedAssembly assembly) => new(cache, assembly, Writer.Begin());

        /// <summary>Takes a type once it is decoded, with its details, in the order of the assembly's types.</summary>
        public void Add(InspectedType type, IReadOnlyList<PropertySummary> properties, IReadOnlyList<GenericCall> calls, ReadOnlySpan<TypeDependency> dependencies) =>
            _writer.Add(type, properties, calls, dependencies);

        /// <summary>Writes the file, once every type is added.</summary>
        public void Finish() => _cache.WriteFile(_assembly, census: null, _writer);
    }
}
