namespace FitnessKit.Model;

/// <summary>An assembly read from a file. It was never loaded for execution.</summary>
public sealed class InspectedAssembly
{
    internal InspectedAssembly(string name, string path, Guid mvid, IReadOnlyList<string> references, IReadOnlyList<InspectedType> types, bool hasEntryPoint)
    {
        Name = name;
        Path = path;
        Mvid = mvid;
        References = references;
        Types = types;
        HasEntryPoint = hasEntryPoint;
        foreach (var type in types)
        {
            type.Assembly = this;
        }
    }

    /// <summary>Gets the assembly's simple name.</summary>
    public string Name { get; }

    /// <summary>Gets the full path of the file it was read from.</summary>
    public string Path { get; }

    /// <summary>Gets the module version id, which changes with every rebuild that changes the assembly.</summary>
    public Guid Mvid { get; }

    /// <summary>Gets the simple names of the assemblies it references.</summary>
    public IReadOnlyList<string> References { get; }

    /// <summary>Gets the types the user wrote in it (compiler-generated types are folded into their owners).</summary>
    public IReadOnlyList<InspectedType> Types { get; }

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
}
