using FitnessKit.Model;
using Mono.Cecil;
using Mono.Cecil.Cil;

namespace FitnessKit.Loading;

/// <summary>
/// Source locations from any PDB Mono.Cecil reads, Windows PDBs included: the fallback for the PDBs that
/// <see cref="PortablePdbSymbols"/> does not read. The module is read into memory, so no file stays open. A Mono.Cecil
/// module reads lazily and is not safe for two threads, so it is used under a lock.
/// </summary>
internal sealed class CecilSymbols : IModuleSymbols
{
    private readonly ModuleDefinition _module;

    private CecilSymbols(ModuleDefinition module) => _module = module;

    /// <summary>Reads the module and its symbols, or gives <see langword="null"/> when it has none or cannot be read.</summary>
    public static CecilSymbols? TryOpen(string path) => Open(path) is { } module ? new CecilSymbols(module) : null;

    public SourceLocation? Locate(CodeAnchor anchor)
    {
        lock (_module)
        {
            try
            {
                if (anchor.MethodToken != 0 && _module.LookupToken(anchor.MethodToken) is MethodDefinition method
                    && LocateIn(method, anchor.ILOffset) is { } precise)
                {
                    return precise;
                }

                return anchor.TypeToken != 0 && _module.LookupToken(anchor.TypeToken) is TypeDefinition type ? LocateType(type) : null;
            }
            catch (Exception exception) when (IsDamage(exception))
            {
                // Mono.Cecil reads lazily and fails in many ways on a damaged file. A location is an extra; whether the
                // code itself is readable is decided by the metadata reader, which reports a damaged assembly.
                return null;
            }
        }
    }

    /// <summary>Whether Mono.Cecil failed on a damaged file: it throws anything from <see cref="NullReferenceException"/> to <see cref="NotImplementedException"/> on one, so everything but running out of memory counts.</summary>
    private static bool IsDamage(Exception exception) => exception is not OutOfMemoryException;

    private static SourceLocation? LocateIn(MethodDefinition method, int ilOffset)
    {
        if (!method.DebugInformation.HasSequencePoints)
        {
            return null;
        }

        SequencePoint? best = null;
        foreach (var point in method.DebugInformation.SequencePoints)
        {
            if (point.IsHidden)
            {
                continue;
            }

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

        best ??= method.DebugInformation.SequencePoints.FirstOrDefault(p => !p.IsHidden);
        return best is null ? null : ToLocation(best);
    }

    private static SourceLocation? LocateType(TypeDefinition type)
    {
        SequencePoint? first = null;
        foreach (var method in AllMethods(type))
        {
            if (!method.DebugInformation.HasSequencePoints)
            {
                continue;
            }

            foreach (var point in method.DebugInformation.SequencePoints)
            {
                if (!point.IsHidden && (first is null || (point.Document.Url == first.Document.Url && point.StartLine < first.StartLine)))
                {
                    first = point;
                }
            }
        }

        return first is null ? null : ToLocation(first);
    }

    private static IEnumerable<MethodDefinition> AllMethods(TypeDefinition type) =>
        type.Methods.Concat(type.NestedTypes.SelectMany(AllMethods));

    private static SourceLocation ToLocation(SequencePoint point) => new(point.Document.Url, point.StartLine);

    private static ModuleDefinition? Open(string path)
    {
        ModuleDefinition? module;
        try
        {
            if (!StrictSignatures.AreValid(path))
            {
                return null;
            }

            // Cecil opens the assembly and whichever symbol file it finds itself: both are inputs of the answer.
            Inputs.ReadElsewhere(path);
            Inputs.ReadElsewhere(Path.ChangeExtension(path, ".pdb"));
            Inputs.ReadElsewhere(path + ".mdb");
            module = ModuleDefinition.ReadModule(path, new ReaderParameters
            {
                ReadingMode = ReadingMode.Deferred,
                InMemory = true,
                ReadSymbols = true,
                SymbolReaderProvider = new DefaultSymbolReaderProvider(throwIfNoSymbol: false),
            });
            if (!module.HasSymbols)
            {
                module.Dispose();
                module = null;
            }
        }
        catch (Exception exception) when (IsDamage(exception))
        {
            module = null;
        }

        return module;
    }
}
