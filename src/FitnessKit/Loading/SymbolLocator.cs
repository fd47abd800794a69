using System.Collections.Concurrent;
using FitnessKit.Model;

namespace FitnessKit.Loading;

/// <summary>
/// Reads source locations from PDBs, only for the places a report needs: portable and embedded PDBs (what the .NET SDK
/// writes) with System.Reflection.Metadata, precompiled with the runtime; any other PDB, such as a Windows PDB, with
/// Mono.Cecil. An assembly without a PDB has no locations, and that is not an error. No file stays open.
/// </summary>
/// <remarks>
/// The modules read last stay open, up to <see cref="OpenModules"/> of them; one asked for after it was let go is read
/// again. A check locates its findings assembly by assembly, so few are read twice, and what it holds of PDBs is then
/// bounded by the largest of them, not by how many assemblies it locates in (600 assemblies with PDBs held 23 MB of
/// them to the end of a report).
/// </remarks>
internal sealed class SymbolLocator(int openModules = SymbolLocator.OpenModules)
{
    /// <summary>How many modules' symbols stay open at most.</summary>
    internal const int OpenModules = 32;

    private readonly object _gate = new();

    // The modules open, the one read last first. Each is opened by the first thread that asks for it, outside the lock;
    // threads locate in different modules at once.
    private readonly Dictionary<string, LinkedListNode<(string Path, Lazy<IModuleSymbols?> Symbols)>> _open = new(StringComparer.Ordinal);
    private readonly LinkedList<(string Path, Lazy<IModuleSymbols?> Symbols)> _recent = new();

    // The assemblies found to have no symbols, which hold nothing: most of a code base's (the runtime's, packages').
    private readonly ConcurrentDictionary<string, byte> _without = new(StringComparer.Ordinal);

    public SourceLocation? Locate(string assemblyPath, CodeAnchor anchor)
    {
        if (_without.ContainsKey(assemblyPath))
        {
            return null;
        }

        var module = Module(assemblyPath);
        if (module.Value is { } symbols)
        {
            return symbols.Locate(anchor);
        }

        _without.TryAdd(assemblyPath, 0);
        lock (_gate)
        {
            if (_open.Remove(assemblyPath, out var node))
            {
                _recent.Remove(node);
            }
        }

        return null;
    }

    /// <summary>The module of an assembly, read last now; the one read longest ago is let go when too many are open.</summary>
    private Lazy<IModuleSymbols?> Module(string assemblyPath)
    {
        lock (_gate)
        {
            if (_open.TryGetValue(assemblyPath, out var node))
            {
                _recent.Remove(node);
                _recent.AddFirst(node);
                return node.Value.Symbols;
            }

            var module = new Lazy<IModuleSymbols?>(() => Open(assemblyPath));
            _open[assemblyPath] = _recent.AddFirst((assemblyPath, module));
            if (_recent.Count > openModules && _recent.Last is { } oldest)
            {
                _recent.RemoveLast();
                _open.Remove(oldest.Value.Path);
            }

            return module;
        }
    }

    /// <summary>
    /// A portable or embedded PDB first; Mono.Cecil only when a symbol file of another format lies beside the assembly
    /// (a Windows PDB, or Mono's .mdb): an assembly built without symbols costs no Cecil, which compiles and reads for a
    /// tenth of a second or more to find none.
    /// </summary>
    /// <remarks>Cecil opens whichever symbol file it finds, so it is used only when neither is a FIFO or device.</remarks>
    private static IModuleSymbols? Open(string path)
    {
        if (PortablePdbSymbols.TryOpen(path) is { } portable)
        {
            return portable;
        }

        string[] symbolFiles = [Path.ChangeExtension(path, ".pdb"), path + ".mdb"];
        return symbolFiles.Any(RegularFile.Exists) && !symbolFiles.Any(f => RegularFile.OtherKind(f) is not null) ? CecilSymbols.TryOpen(path) : null;
    }
}

/// <summary>The source locations of one module's code, from its PDB; thread-safe.</summary>
internal interface IModuleSymbols
{
    /// <summary>
    /// The source line of an anchor: the sequence point at or before its IL offset in its method (the method's first
    /// when the offset is unknown), or else the first line of its type; <see langword="null"/> when the PDB has none.
    /// </summary>
    SourceLocation? Locate(CodeAnchor anchor);
}
