using System.Collections.Concurrent;
using FitnessKit.Model;

namespace FitnessKit.Loading;

/// <summary>
/// Reads source locations from PDBs, only for the places a report needs: portable and embedded PDBs (what the .NET SDK
/// writes) with System.Reflection.Metadata, precompiled with the runtime; any other PDB, such as a Windows PDB, with
/// Mono.Cecil. An assembly without a PDB has no locations, and that is not an error. No file stays open.
/// </summary>
internal sealed class SymbolLocator
{
    // Each module is opened once, by the first thread that asks for it; threads locate in different modules at once.
    private readonly ConcurrentDictionary<string, Lazy<IModuleSymbols?>> _modules = new(StringComparer.Ordinal);

    public SourceLocation? Locate(string assemblyPath, CodeAnchor anchor) =>
        _modules.GetOrAdd(assemblyPath, path => new Lazy<IModuleSymbols?>(() => Open(path))).Value?.Locate(anchor);

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
