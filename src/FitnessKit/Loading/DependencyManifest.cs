using System.Text.Json;

namespace FitnessKit.Loading;

/// <summary>
/// Reads the <c>*.deps.json</c> files the SDK writes beside built assemblies, to find the package assemblies a class
/// library references but whose files the build did not copy: they are in the NuGet packages folder.
/// </summary>
internal static class DependencyManifest
{
    public static IEnumerable<(string AssemblyName, string Path)> PackageAssemblies(string folder)
    {
        var packages = PackagesFolder();
        if (packages is null || !Directory.Exists(packages))
        {
            yield break;
        }

        foreach (var manifest in Directory.EnumerateFiles(folder, "*.deps.json"))
        {
            foreach (var entry in Read(manifest, packages))
            {
                yield return entry;
            }
        }
    }

    private static List<(string, string)> Read(string manifest, string packages)
    {
        var found = new List<(string, string)>();
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(manifest));
            var root = document.RootElement;
            if (!root.TryGetProperty("libraries", out var libraries) || !root.TryGetProperty("targets", out var targets))
            {
                return found;
            }

            foreach (var target in targets.EnumerateObject())
            {
                foreach (var library in target.Value.EnumerateObject())
                {
                    if (!libraries.TryGetProperty(library.Name, out var description)
                        || !description.TryGetProperty("type", out var type) || type.GetString() != "package"
                        || !description.TryGetProperty("path", out var path) || path.GetString() is not { } packagePath
                        || !library.Value.TryGetProperty("runtime", out var runtime))
                    {
                        continue;
                    }

                    foreach (var file in runtime.EnumerateObject())
                    {
                        var full = Path.Combine(packages, packagePath, file.Name);
                        if (File.Exists(full))
                        {
                            found.Add((Path.GetFileNameWithoutExtension(full), full));
                        }
                    }
                }
            }
        }
        catch (JsonException)
        {
            // A manifest that cannot be read only means fewer references resolved; they are reported as unresolved.
        }
        catch (IOException)
        {
            // As above.
        }

        return found;
    }

    private static string? PackagesFolder()
    {
        var configured = Environment.GetEnvironmentVariable("NUGET_PACKAGES");
        if (!string.IsNullOrEmpty(configured))
        {
            return configured;
        }

        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        return string.IsNullOrEmpty(home) ? null : Path.Combine(home, ".nuget", "packages");
    }
}
