using FitnessKit.Model;

namespace FitnessKit.Loading;

/// <summary>
/// Decodes an assembly again from its file, for types whose dependencies a check let go after keeping what its rules
/// read (<see cref="InspectedType.KeepOnly"/>): whoever asks for the full list later gets it, read again, not the part
/// the check kept. The file is opened only if that happens, and checked to be the build that was loaded.
/// </summary>
internal sealed class RereadingDecoder(InspectedAssembly assembly, TypeNameTable table) : IAssemblyDecoder
{
    private readonly Lazy<IAssemblyDecoder> _file = new(() => AssemblyFileReader.Reopen(assembly, table, cache: null));

    /// <summary>
    /// Reads the file again, every time: a type asks only when its list was let go, and when checks with other maps
    /// share the code base, one may let go again what an earlier reading of this reader filled in.
    /// </summary>
    public void Decode() => AssemblyFileReader.Reopen(assembly, table, cache: null).Decode();

    public bool DecodeKeeping(DependencyView view, Func<InspectedType, KeepDependency> keep, Func<string, bool> keepCallsTo, Func<InspectedType, CallRecording?> callsOn, IAssemblyDecoder reader) =>
        AssemblyFileReader.Reopen(assembly, table, cache: null).DecodeKeeping(view, keep, keepCallsTo, callsOn, reader);

    public IReadOnlyList<InspectedType>? TypesDependingOn(IReadOnlyList<InspectedType> candidates, Func<TypeName, bool> match) =>
        candidates.Count == 0 ? [] : _file.Value.TypesDependingOn(candidates, match);

    /// <summary>Holds no file between readings.</summary>
    public void Park()
    {
    }

    public void Release()
    {
        if (_file.IsValueCreated)
        {
            _file.Value.Release();
        }
    }
}
