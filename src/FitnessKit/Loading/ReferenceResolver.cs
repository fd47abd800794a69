using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Runtime.InteropServices;
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
    private readonly Dictionary<string, Dictionary<string, TypeHeader>?> _headers = new(StringComparer.OrdinalIgnoreCase);
    private readonly TypeNameTable _table;
    private readonly object _gate = new();

    public ReferenceResolver(IReadOnlyList<string> folders, TypeNameTable table)
    {
        _table = table;
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

        foreach (var folder in folders)
        {
            if (!Inputs.FolderExists(folder))
            {
                continue;
            }

            foreach (var (name, path) in DependencyManifest.PackageAssemblies(folder))
            {
                _files.TryAdd(name, path);
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
                _files[assemblyName] = path = PackageFolderSearch.Find(assemblyName);
            }

            // A FIFO or device named like an assembly is not one, and opening a FIFO would wait forever: checked once, on first use.
            if (path is not null && _verified.Add(assemblyName) && !RegularFile.Exists(path))
            {
                _files[assemblyName] = path = null;
            }

            return path;
        }
    }

    /// <summary>Reads the header of a type that lives outside the inspected assemblies, following type forwarders.</summary>
    public TypeHeader? HeaderOf(TypeName type)
    {
        lock (_gate)
        {
            var assembly = type.Assembly;
            for (var hops = 0; hops < 8; hops++)
            {
                var headers = HeadersOf(assembly);
                if (headers is null || !headers.TryGetValue(type.FullName, out var header))
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

    private Dictionary<string, TypeHeader>? HeadersOf(string assembly)
    {
        if (_headers.TryGetValue(assembly, out var cached))
        {
            return cached;
        }

        Dictionary<string, TypeHeader>? headers = null;
        if (PathOf(assembly) is { } path)
        {
            try
            {
                headers = ReadHeaders(path);
            }
            catch (Exception exception) when (AssemblyFileReader.IsDamage(exception) || exception is IOException or UnauthorizedAccessException)
            {
                // A referenced assembly that cannot be read is treated like one that cannot be found.
                headers = null;
            }
        }

        _headers[assembly] = headers;
        return headers;
    }

    private Dictionary<string, TypeHeader> ReadHeaders(string path)
    {
        using var stream = Inputs.Open(path);
        using var pe = new PEReader(stream);
        var metadata = pe.GetMetadataReader();
        MetadataIntegrity.Check(metadata);
        var names = new MetadataNames(metadata, _table, metadata.GetString(metadata.GetAssemblyDefinition().Name));
        var headers = new Dictionary<string, TypeHeader>(StringComparer.Ordinal);
        foreach (var handle in metadata.TypeDefinitions)
        {
            var definition = metadata.GetTypeDefinition(handle);
            var interfaces = definition.GetInterfaceImplementations()
                .Select(i => names.UseOf(metadata.GetInterfaceImplementation(i).Interface))
                .OfType<TypeUse>()
                .ToArray();
            var baseType = definition.BaseType.IsNil ? null : names.UseOf(definition.BaseType);
            headers[names.Of(handle).FullName] = new TypeHeader(baseType, interfaces, null);
        }

        foreach (var handle in metadata.ExportedTypes)
        {
            var exported = metadata.GetExportedType(handle);
            if (exported.Implementation.Kind == HandleKind.AssemblyReference)
            {
                var fullName = exported.Namespace.IsNil
                    ? metadata.GetString(exported.Name)
                    : metadata.GetString(exported.Namespace) + "." + metadata.GetString(exported.Name);
                headers.TryAdd(fullName, new TypeHeader(null, [], names.AssemblyOf((AssemblyReferenceHandle)exported.Implementation)));
            }
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
