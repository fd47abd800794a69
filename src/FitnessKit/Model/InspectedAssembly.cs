using System.Runtime.ExceptionServices;

namespace FitnessKit.Model;

/// <summary>An assembly read from a file. It was never loaded for execution.</summary>
public sealed class InspectedAssembly
{
    private readonly object _gate = new();
    private IReadOnlyList<InspectedType>? _types;
    private readonly ITypeHeaders? _headers;
    private ExceptionDispatchInfo? _failure;

    internal InspectedAssembly(string name, string path, Guid mvid, IReadOnlyList<string> references, IReadOnlyList<InspectedType> types, bool hasEntryPoint)
        : this(name, path, mvid, references, hasEntryPoint)
    {
        Adopt(types);
        _types = types;
    }

    /// <summary>An assembly whose type headers are read when first asked for (<see cref="Types"/>).</summary>
    internal InspectedAssembly(string name, string path, Guid mvid, IReadOnlyList<string> references, ITypeHeaders headers, bool hasEntryPoint)
        : this(name, path, mvid, references, hasEntryPoint)
    {
        _headers = headers;
    }

    private InspectedAssembly(string name, string path, Guid mvid, IReadOnlyList<string> references, bool hasEntryPoint)
    {
        Name = name;
        Path = path;
        Mvid = mvid;
        References = references;
        HasEntryPoint = hasEntryPoint;
    }

    /// <summary>Gets the assembly's simple name.</summary>
    public string Name { get; }

    /// <summary>Gets the full path of the file it was read from.</summary>
    public string Path { get; }

    /// <summary>Gets the module version id, which changes with every rebuild that changes the assembly.</summary>
    public Guid Mvid { get; }

    /// <summary>Gets the simple names of the assemblies it references.</summary>
    public IReadOnlyList<string> References { get; }

    /// <summary>
    /// Gets the types the user wrote in it (compiler-generated types are folded into their owners). Those of an
    /// assembly that a check does not judge (a package, the runtime, beside the contexts' own) are read only if asked for.
    /// </summary>
    /// <exception cref="FitnessKitException">Read now, the assembly's metadata is damaged.</exception>
    public IReadOnlyList<InspectedType> Types => Volatile.Read(ref _types) ?? ReadTypes();

    /// <summary>Gets how many types <see cref="Types"/> holds, without reading them.</summary>
    internal int TypeCount => Volatile.Read(ref _types)?.Count ?? _headers!.Count;

    /// <summary>Gets the namespaces of <see cref="Types"/>, each once in the order of their first type, without reading them.</summary>
    internal IReadOnlyList<string> Namespaces => Volatile.Read(ref _types) is { } types ? NamespacesOf(types) : _headers!.Namespaces;

    /// <summary>Gets what decodes the types' members and code: that of the first type, or, for an assembly that has none, what would have read them.</summary>
    internal IAssemblyDecoder? Decoder => (Volatile.Read(ref _types) is { Count: > 0 } types ? types[0].Decoder : null) ?? _headers?.Decoder;

    /// <summary>Gets a value indicating whether <see cref="Types"/> have been read.</summary>
    internal bool TypesRead => Volatile.Read(ref _types) is not null;

    /// <summary>Gets whose code this is: first-party code is judged by the rules that look for persistence types, third-party code is only read.</summary>
    public AssemblyOrigin Origin { get; internal set; }

    /// <summary>Gets why <see cref="Origin"/> was decided, such as <c>a project in Shop.Host.deps.json</c>.</summary>
    public string OriginEvidence { get; internal set; } = "not classified";

    /// <summary>Gets the package version a deps.json gives for it, or <see langword="null"/> when it is not a package or no deps.json lists it.</summary>
    public string? PackageVersion { get; internal set; }

    /// <summary>Gets a value indicating whether the rules judge its code (<see cref="AssemblyOrigin.FirstParty"/>).</summary>
    public bool IsFirstParty => Origin == AssemblyOrigin.FirstParty;

    /// <summary>Gets a value indicating whether the assembly has an entry point (a <c>Main</c> method, written or made from top-level statements): an application such as a web host, a worker service or a console tool, rather than a library.</summary>
    public bool HasEntryPoint { get; }

    /// <inheritdoc />
    public override string ToString() => Name;

    /// <summary>Closes the file of an assembly that will not be inspected after all, reading no more of it.</summary>
    internal void Release()
    {
        lock (_gate)
        {
            if (_types is null)
            {
                _headers?.Release();
            }
            else if (_types.Count > 0)
            {
                _types[0].Decoder?.Release();
            }
        }
    }

    /// <summary>
    /// Writes the type headers of an assembly read but not decoded to the cache it was loaded with, if any and unless it
    /// holds them already, and closes its file until its code is read; nothing without a cache. The decoder writes them
    /// when asked about no type (<see cref="IAssemblyDecoder.TypesDependingOn"/>).
    /// </summary>
    internal void CacheHeaders() => Decoder?.TypesDependingOn([], static _ => false);

    /// <summary>Closes the file of an assembly whose types are read, until its code is read (<see cref="IAssemblyDecoder.Park"/>).</summary>
    internal void Park()
    {
        lock (_gate)
        {
            if (_types is { Count: > 0 })
            {
                _types[0].Decoder?.Park();
            }
        }
    }

    private static List<string> NamespacesOf(IReadOnlyList<InspectedType> types)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var namespaces = new List<string>();
        foreach (var type in types)
        {
            if (seen.Add(type.Name.Namespace))
            {
                namespaces.Add(type.Name.Namespace);
            }
        }

        return namespaces;
    }

    private IReadOnlyList<InspectedType> ReadTypes()
    {
        lock (_gate)
        {
            if (_types is null)
            {
                _failure?.Throw();
                try
                {
                    var types = _headers!.Read();
                    Adopt(types);
                    Volatile.Write(ref _types, types);
                }
                catch (Exception exception)
                {
                    // Every later reading fails the same way.
                    _failure = ExceptionDispatchInfo.Capture(exception);
                    throw;
                }
            }

            return _types;
        }
    }

    private void Adopt(IReadOnlyList<InspectedType> types)
    {
        foreach (var type in types)
        {
            type.Assembly = this;
        }
    }
}
