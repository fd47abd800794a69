using FitnessKit.Model;

namespace FitnessKit.Loading;

/// <summary>
/// Finds referenced assemblies that are not inspected, in the folders of the inspected files and in the shared
/// frameworks of the running .NET, and reads just their type headers (base type, interfaces, forwarders) so that
/// base-type chains can be followed. A reference it cannot find is recorded, never fatal.
/// </summary>
internal sealed class ReferenceResolver
{
    private readonly Dictionary<string, string?> _files = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _verified = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, ReferencedTypeHeaders?> _headers = new(StringComparer.OrdinalIgnoreCase);
    private readonly TypeNameTable _table;
    private readonly object _gate = new();
    private readonly IReadOnlyList<string> _folders;
    // The package assemblies the inspected folders' deps.json name: read at the first name no folder holds (parsing
    // the shared frameworks' manifests took 5.7 ms of every check on the framework map, which never needed them).
    private Dictionary<string, string>? _packageFiles;

    /// <summary>Finds referenced assemblies in the folders given and in the shared frameworks; an inspected assembly's name is its own file (<paramref name="inspected"/>), where another copy may lie in another folder.</summary>
    public ReferenceResolver(IReadOnlyList<string> folders, TypeNameTable table, IEnumerable<KeyValuePair<string, string>>? inspected = null)
    {
        _table = table;
        _folders = folders;
        foreach (var (name, path) in inspected ?? [])
        {
            _files.TryAdd(name, path);
        }

        foreach (var folder in folders.Concat(FrameworkFolders()))
        {
            if (!Inputs.FolderExists(folder))
            {
                continue;
            }

            foreach (var file in Inputs.Files(folder, "*.dll"))
            {
                _files.TryAdd(Path.GetFileNameWithoutExtension(file), file);
            }
        }
    }

    public bool CanFind(string assemblyName) => PathOf(assemblyName) is not null;

    /// <summary>The file of a referenced assembly, or <see langword="null"/> when it cannot be found: beside the inspected files, in the packages their deps.json name, in the shared frameworks, or else in the NuGet packages folder, in the package named like the assembly.</summary>
    public string? PathOf(string assemblyName)
    {
        lock (_files)
        {
            if (!_files.TryGetValue(assemblyName, out var path))
            {
                _files[assemblyName] = path = PackageFiles().GetValueOrDefault(assemblyName) ?? PackageFolderSearch.Find(assemblyName);
            }

            // A FIFO or device named like an assembly is not one, and opening a FIFO would wait forever: checked once, on first use.
            if (path is not null && _verified.Add(assemblyName) && !RegularFile.Exists(path))
            {
                _files[assemblyName] = path = null;
            }

            return path;
        }
    }

    /// <summary>The package assemblies the manifests of the inspected folders name, the first of each name kept.</summary>
    private Dictionary<string, string> PackageFiles()
    {
        if (_packageFiles is null)
        {
            _packageFiles = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (var folder in _folders)
            {
                if (!Inputs.FolderExists(folder))
                {
                    continue;
                }

                foreach (var (name, path) in DependencyManifest.PackageAssemblies(folder))
                {
                    _packageFiles.TryAdd(name, path);
                }
            }
        }

        return _packageFiles;
    }

    /// <summary>Reads the header of a type that lives outside the inspected assemblies, following type forwarders.</summary>
    public TypeHeader? HeaderOf(TypeName type)
    {
        lock (_gate)
        {
            var assembly = type.Assembly;
            for (var hops = 0; hops < 8; hops++)
            {
                if (HeadersOf(assembly)?.Find(type) is not { } header)
                {
                    return null;
                }

                if (header.ForwardedTo is null)
                {
                    return header;
                }

                assembly = header.ForwardedTo;
            }

            return null;
        }
    }

    private ReferencedTypeHeaders? HeadersOf(string assembly)
    {
        if (!_headers.TryGetValue(assembly, out var headers))
        {
            _headers[assembly] = headers = PathOf(assembly) is { } path ? new ReferencedTypeHeaders(path, _table) : null;
        }

        return headers;
    }

    private static IEnumerable<string> FrameworkFolders()
    {
        var runtime = Inputs.RuntimeDirectory;
        yield return runtime;
        var version = Path.GetFileName(runtime.TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar));
        var shared = Path.GetDirectoryName(Path.GetDirectoryName(runtime.TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar)));
        if (shared is null || !Inputs.FolderExists(shared))
        {
            yield break;
        }

        foreach (var framework in Inputs.Folders(shared))
        {
            var sameVersion = Path.Combine(framework, version);
            if (Inputs.FolderExists(sameVersion) && !string.Equals(Path.GetFullPath(sameVersion).TrimEnd('/', '\\'), Path.GetFullPath(runtime).TrimEnd('/', '\\'), StringComparison.Ordinal))
            {
                yield return sameVersion;
            }
        }
    }
}

/// <summary>The base type and interfaces of a type outside the inspected assemblies, or where it was forwarded to.</summary>
internal sealed record TypeHeader(TypeUse? BaseType, IReadOnlyList<TypeUse> Interfaces, string? ForwardedTo);
