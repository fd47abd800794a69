using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;
using FitnessKit.Model;

namespace FitnessKit.Loading;

/// <summary>
/// Source locations from a portable PDB, beside the assembly or embedded in it (what the .NET SDK writes), read with
/// System.Reflection.Metadata: precompiled with the runtime, so a run that locates violations compiles no PDB reader.
/// The PDB is read into memory, so no file stays open; of the assembly only which methods and nested types each type
/// has is kept (<see cref="TypeMethodRows"/>). It reads what <see cref="CecilSymbols"/> reads, sequence point by
/// sequence point; a damaged PDB gives no locations.
/// </summary>
internal sealed class PortablePdbSymbols : IModuleSymbols
{
    private readonly object _gate = new();

    // Kept for as long as the reader: it reads memory that the provider owns.
    private readonly MetadataReaderProvider _pdbProvider;
    private readonly MetadataReader _pdb;
    private readonly TypeMethodRows _rows;

    // The paths of the documents met so far, by row; read under the lock, as every reading is. Keyed by the handle
    // struct, the table would be generic code compiled at every start.
    private readonly Dictionary<int, string> _documents = new();

    private PortablePdbSymbols(TypeMethodRows rows, MetadataReaderProvider pdbProvider)
    {
        _rows = rows;
        _pdbProvider = pdbProvider;
        _pdb = pdbProvider.GetMetadataReader();
    }

    /// <summary>Reads the assembly and its portable PDB, or gives <see langword="null"/> when it has none (no PDB, or another format) or they cannot be read.</summary>
    public static PortablePdbSymbols? TryOpen(string path)
    {
        if (Shortcuts.Taken && !MayHaveSymbols(path))
        {
            return null;
        }

        PEReader? pe = null;
        MetadataReaderProvider? provider = null;
        try
        {
            // Through the headers' small buffer: unbuffered, each header field was a system call (11,902 reads in a cold
            // catalog on the framework map, whose assemblies have no PDB to find; now 1,406).
            pe = new PEReader(AssemblyFileReader.OpenForHeaders(path));
            if (!pe.HasMetadata || !pe.TryOpenAssociatedPortablePdb(path, OpenToCheck, out provider, out var pdbPath) || provider is null
                || (pdbPath is not null && (provider = InMemory(provider!, pdbPath)) is null))
            {
                return null;
            }

            var symbols = new PortablePdbSymbols(TypeMethodRows.Read(pe.GetMetadataReader()), provider);
            provider = null;
            return symbols;
        }
        catch (Exception exception) when (IsDamage(exception))
        {
            return null;
        }
        finally
        {
            provider?.Dispose();
            pe?.Dispose();
        }
    }

    /// <summary>The paths of the source documents an assembly's portable PDB lists, as it records them; none without one.</summary>
    public static IReadOnlyList<string> DocumentsOf(string path)
    {
        PEReader? pe = null;
        MetadataReaderProvider? provider = null;
        try
        {
            pe = new PEReader(AssemblyFileReader.OpenForHeaders(path));
            if (!pe.HasMetadata || !pe.TryOpenAssociatedPortablePdb(path, OpenToCheck, out provider, out _) || provider is null)
            {
                return [];
            }

            var pdb = provider.GetMetadataReader();
            return [.. pdb.Documents.Select(d => pdb.GetString(pdb.GetDocument(d).Name))];
        }
        catch (Exception exception) when (IsDamage(exception))
        {
            return [];
        }
        finally
        {
            provider?.Dispose();
            pe?.Dispose();
        }
    }

    /// <summary>
    /// Whether an assembly may have a portable PDB, from its headers and debug directory alone: a PDB embedded in it, or
    /// a CodeView entry naming one that exists (where it was built, or by its file name beside the assembly, a Windows path too). Reading the whole assembly
    /// only to find no PDB cost the rule catalog a fifth of its time on the shared frameworks, whose assemblies have none.
    /// </summary>
    private static bool MayHaveSymbols(string path)
    {
        try
        {
            using var stream = AssemblyFileReader.OpenForHeaders(path);
            using var pe = new PEReader(stream, PEStreamOptions.LeaveOpen);
            foreach (var entry in pe.ReadDebugDirectory())
            {
                if (entry.Type == DebugDirectoryEntryType.EmbeddedPortablePdb)
                {
                    return true;
                }

                if (entry.Type == DebugDirectoryEntryType.CodeView && pe.ReadCodeViewDebugDirectoryData(entry).Path is { Length: > 0 } pdbPath
                    && (RegularFile.Exists(pdbPath) || RegularFile.Exists(Path.Combine(Path.GetDirectoryName(path) ?? string.Empty, pdbPath[(pdbPath.LastIndexOfAny(['/', '\\']) + 1)..]))))
                {
                    return true;
                }
            }

            return false;
        }
        catch (Exception exception) when (IsDamage(exception) || exception is ArgumentException)
        {
            // Let the full read decide what a damaged file gives.
            return true;
        }
    }

    public SourceLocation? Locate(CodeAnchor anchor)
    {
        lock (_gate)
        {
            try
            {
                if (Row(anchor.MethodToken, TableIndex.MethodDef, _rows.MethodCount) is { } method
                    && LocateIn(MetadataTokens.MethodDefinitionHandle(method), anchor.ILOffset) is { } precise)
                {
                    return precise;
                }

                return Row(anchor.TypeToken, TableIndex.TypeDef, _rows.TypeCount) is { } type
                    ? LocateType(type)
                    : null;
            }
            catch (Exception exception) when (IsDamage(exception))
            {
                // A location is an extra; whether the code itself is readable is decided by the metadata reader.
                return null;
            }
        }
    }

    private static bool IsDamage(Exception exception) =>
        AssemblyFileReader.IsDamage(exception) || exception is IOException or UnauthorizedAccessException;

    /// <summary>A PDB file beside or where the assembly names it, opened for System.Reflection.Metadata to check that it is the assembly's (its id); <see cref="InMemory"/> then reads it.</summary>
    private static FileStream? OpenToCheck(string pdbPath) =>
        RegularFile.Exists(pdbPath) ? Inputs.Open(pdbPath, bufferSize: 1) : null;

    /// <summary>
    /// The PDB file that <paramref name="checkedProvider"/> found to be the assembly's, read whole into memory that the
    /// reader owns, outside the collector's heap, and the file closed: a provider made from an open file would keep it
    /// open (and, on Windows, locked against the next build) for as long as the module is; one made from a byte array
    /// would hold the array, in the large object heap, and a copy of it. Another file by then (a build meanwhile) gives
    /// <see langword="null"/>.
    /// </summary>
    private static MetadataReaderProvider? InMemory(MetadataReaderProvider checkedProvider, string pdbPath)
    {
        var id = checkedProvider.GetMetadataReader().DebugMetadataHeader?.Id ?? [];
        checkedProvider.Dispose();
        var provider = MetadataReaderProvider.FromPortablePdbStream(OpenToCheck(pdbPath) ?? throw new IOException($"{pdbPath}: gone"), MetadataStreamOptions.PrefetchMetadata);
        if (provider.GetMetadataReader().DebugMetadataHeader?.Id.AsSpan().SequenceEqual(id.AsSpan()) == true)
        {
            return provider;
        }

        provider.Dispose();
        return null;
    }

    /// <summary>The row a token names in a table, or <see langword="null"/> when it names another table or no row.</summary>
    private static int? Row(int token, TableIndex table, int rows) =>
        token != 0 && (token >> 24) == (int)table && (token & 0xFFFFFF) is var row && row >= 1 && row <= rows ? row : null;

    private SourceLocation? LocateIn(MethodDefinitionHandle method, int ilOffset)
    {
        if (!TryGetSequencePoints(method, out var points))
        {
            return null;
        }

        SequencePoint? best = null;
        SequencePoint? firstVisible = null;
        foreach (var point in points)
        {
            if (point.IsHidden)
            {
                continue;
            }

            firstVisible ??= point;
            if (ilOffset < 0)
            {
                return ToLocation(point);
            }

            if (point.Offset <= ilOffset)
            {
                best = point;
            }
            else
            {
                break;
            }
        }

        return (best ?? firstVisible) is { } chosen ? ToLocation(chosen) : null;
    }

    /// <summary>The first line of a type: of its methods' and nested types' visible sequence points, the lowest line in the document of the first one.</summary>
    private SourceLocation? LocateType(int typeRow)
    {
        SequencePoint? first = null;
        string? firstDocument = null;
        foreach (var method in AllMethods(typeRow, [], []))
        {
            if (!TryGetSequencePoints(MetadataTokens.MethodDefinitionHandle(method), out var points))
            {
                continue;
            }

            foreach (var point in points)
            {
                if (point.IsHidden)
                {
                    continue;
                }

                var document = DocumentName(point.Document);
                if (first is null || (document == firstDocument && point.StartLine < first.Value.StartLine))
                {
                    (first, firstDocument) = (point, document);
                }
            }
        }

        return first is { } found ? ToLocation(found) : null;
    }

    /// <summary>The rows of a type's methods, then its nested types' at any depth, in metadata order; a damaged nesting that loops is followed once.</summary>
    private List<int> AllMethods(int typeRow, HashSet<int> seen, List<int> found)
    {
        if (!seen.Add(typeRow))
        {
            return found;
        }

        foreach (var method in _rows.MethodsOf(typeRow))
        {
            found.Add(method);
        }

        foreach (var nested in _rows.NestedIn(typeRow))
        {
            AllMethods(nested, seen, found);
        }

        return found;
    }

    /// <summary>A method's sequence points, when the PDB has any for it. Not a nullable collection: that is generic code over the metadata library's struct, compiled at every start.</summary>
    private bool TryGetSequencePoints(MethodDefinitionHandle method, out SequencePointCollection points)
    {
        points = default;
        if (MetadataTokens.GetRowNumber(method) > _pdb.MethodDebugInformation.Count)
        {
            return false;
        }

        var information = _pdb.GetMethodDebugInformation(method);
        if (information.SequencePointsBlob.IsNil)
        {
            return false;
        }

        points = information.GetSequencePoints();
        return true;
    }

    /// <summary>A document's path, read once: every location in one file shares its string (a report holds thousands).</summary>
    private string DocumentName(DocumentHandle document)
    {
        var row = MetadataTokens.GetRowNumber(document);
        if (!_documents.TryGetValue(row, out var name))
        {
            _documents[row] = name = _pdb.GetString(_pdb.GetDocument(document).Name);
        }

        return name;
    }

    private SourceLocation ToLocation(SequencePoint point) => new(DocumentName(point.Document), point.StartLine);
}
