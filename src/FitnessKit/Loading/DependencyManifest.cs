using System.Text.Json;

namespace FitnessKit.Loading;

/// <summary>
/// Reads the <c>*.deps.json</c> files the SDK writes beside built assemblies: which assemblies were built from the
/// system's projects and which came from packages, and where the package assemblies a class library references lie
/// in the NuGet packages folder when the build did not copy them.
/// </summary>
internal static class DependencyManifest
{
    /// <summary>The package assemblies the manifests of a folder name, found in the NuGet packages folder.</summary>
    public static IEnumerable<(string AssemblyName, string Path)> PackageAssemblies(string folder)
    {
        var packages = PackagesFolder();
        if (packages is null || !Inputs.FolderExists(packages))
        {
            yield break;
        }

        foreach (var library in Libraries(folder).Where(l => l.IsPackage && l.PackagePath is not null))
        {
            var full = Path.Combine(packages, library.PackagePath!, library.RuntimeFile);
            if (RegularFile.Exists(full))
            {
                yield return (library.AssemblyName, full);
            }
        }
    }

    /// <summary>Every runtime assembly the manifests of a folder list, with the kind of library it comes from.</summary>
    public static IReadOnlyList<ManifestLibrary> Libraries(string folder)
    {
        var found = new List<ManifestLibrary>();
        IEnumerable<string> manifests;
        try
        {
            manifests = Inputs.Files(folder, "*.deps.json").Where(RegularFile.Exists).Order(StringComparer.Ordinal).ToList();
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return found;
        }

        foreach (var manifest in manifests)
        {
            Read(manifest, found);
        }

        return found;
    }

    /// <summary>The NuGet global packages folder: <c>NUGET_PACKAGES</c>, else <c>~/.nuget/packages</c>.</summary>
    public static string? PackagesFolder()
    {
        var configured = Inputs.Variable("NUGET_PACKAGES");
        if (!string.IsNullOrEmpty(configured))
        {
            return Path.GetFullPath(configured);
        }

        var home = Inputs.UserProfile;
        return string.IsNullOrEmpty(home) ? null : Path.Combine(home, ".nuget", "packages");
    }

    private static void Read(string manifest, List<ManifestLibrary> found)
    {
        try
        {
            using var document = JsonDocument.Parse(Inputs.ReadAllBytes(manifest));
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object
                || !root.TryGetProperty("libraries", out var libraries) || libraries.ValueKind != JsonValueKind.Object
                || !root.TryGetProperty("targets", out var targets) || targets.ValueKind != JsonValueKind.Object)
            {
                return;
            }

            var manifestName = Path.GetFileName(manifest);
            // No LINQ over the document's properties (structs): that is generic code compiled at every start.
            foreach (var target in targets.EnumerateObject())
            {
                if (target.Value.ValueKind != JsonValueKind.Object)
                {
                    continue;
                }

                foreach (var library in target.Value.EnumerateObject())
                {
                    if (!libraries.TryGetProperty(library.Name, out var description) || description.ValueKind != JsonValueKind.Object
                        || !description.TryGetProperty("type", out var type) || type.GetString() is not { } kind)
                    {
                        continue;
                    }

                    var slash = library.Name.IndexOf('/', StringComparison.Ordinal);
                    var version = slash < 0 ? null : library.Name[(slash + 1)..];
                    var packagePath = description.TryGetProperty("path", out var path) ? path.GetString() : null;
                    if (library.Value.ValueKind != JsonValueKind.Object || !library.Value.TryGetProperty("runtime", out var runtime) || runtime.ValueKind != JsonValueKind.Object)
                    {
                        continue;
                    }

                    foreach (var file in runtime.EnumerateObject())
                    {
                        found.Add(new ManifestLibrary(Path.GetFileNameWithoutExtension(file.Name), kind, version, packagePath, file.Name, manifestName));
                    }
                }
            }
        }
        catch (Exception exception) when (exception is JsonException or IOException or UnauthorizedAccessException or InvalidOperationException)
        {
            // A manifest that cannot be read only means less is known: fewer references resolved (they are reported as
            // unresolved) and origins decided by the other evidence.
        }
    }
}

/// <summary>A runtime assembly listed in a deps.json.</summary>
/// <param name="AssemblyName">The assembly's simple name, from its file name.</param>
/// <param name="Kind">The library's type: <c>project</c>, <c>package</c>, <c>reference</c>, ...</param>
/// <param name="Version">The library's version.</param>
/// <param name="PackagePath">Where a package lies under the NuGet packages folder.</param>
/// <param name="RuntimeFile">The assembly's path inside the library.</param>
/// <param name="Manifest">The deps.json file's name.</param>
internal sealed record ManifestLibrary(string AssemblyName, string Kind, string? Version, string? PackagePath, string RuntimeFile, string Manifest)
{
    public bool IsPackage => Kind == "package";

    public bool IsProject => Kind == "project";
}
