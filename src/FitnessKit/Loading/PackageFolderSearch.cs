namespace FitnessKit.Loading;

/// <summary>
/// Finds a referenced assembly that nothing beside the inspected files names, in the NuGet packages folder: the package
/// whose id is the assembly's name, its highest version, and the newest target framework in its <c>lib</c> folder.
/// Only used to follow base types (a public <c>AppDbContext : IdentityDbContext&lt;AppUser&gt;</c> whose package was not
/// copied beside it); a package whose id differs from its assembly's name stays unresolved, and is reported so.
/// </summary>
internal static class PackageFolderSearch
{
    public static string? Find(string assemblyName)
    {
        // Looked up each time, not remembered: the variable is an input of every run that reads it (InputLog).
        if (DependencyManifest.PackagesFolder() is not { } packages || assemblyName.IndexOfAny(Path.GetInvalidFileNameChars()) >= 0 || assemblyName.Contains("..", StringComparison.Ordinal))
        {
            return null;
        }

        var package = Path.Combine(packages, assemblyName.ToLowerInvariant());
        try
        {
            if (!Inputs.FolderExists(package))
            {
                return null;
            }

            foreach (var version in Inputs.Folders(package).OrderByDescending(v => PackageVersions.Parse(Path.GetFileName(v))))
            {
                var lib = Path.Combine(version, "lib");
                if (!Inputs.FolderExists(lib))
                {
                    continue;
                }

                var file = Inputs.Folders(lib)
                    .OrderByDescending(f => Rank(Path.GetFileName(f)))
                    .Select(f => Path.Combine(f, assemblyName + ".dll"))
                    .FirstOrDefault(RegularFile.Exists);
                if (file is not null)
                {
                    return file;
                }
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // A packages folder that cannot be searched leaves the reference unresolved, which is reported.
        }

        return null;
    }

    /// <summary>Finds the <c>lib</c> folder of one version of a package in the local packages folder, for the newest target framework it has. Nothing is downloaded.</summary>
    /// <exception cref="FitnessKitException">The packages folder, the package, the version or its <c>lib</c> folder is missing; the message names what is there.</exception>
    public static string LibFolder(string id, string version)
    {
        var packages = DependencyManifest.PackagesFolder() ?? throw new FitnessKitException($"Package {id} {version}: no NuGet packages folder (set NUGET_PACKAGES, or restore a project so that ~/.nuget/packages exists). Nothing is downloaded.");
        if (id.IndexOfAny(Path.GetInvalidFileNameChars()) >= 0 || id.Contains("..", StringComparison.Ordinal) || version.IndexOfAny(Path.GetInvalidFileNameChars()) >= 0 || version.Contains("..", StringComparison.Ordinal))
        {
            throw new FitnessKitException($"Package {id} {version}: not a package id and version.");
        }

        var package = Path.Combine(packages, id.ToLowerInvariant());
        if (!Inputs.FolderExists(package))
        {
            throw new FitnessKitException($"Package {id}: not in the NuGet packages folder {packages}. Restore a project that uses it first; nothing is downloaded.");
        }

        var folder = Path.Combine(package, version.ToLowerInvariant());
        if (!Inputs.FolderExists(folder))
        {
            var versions = Inputs.Folders(package).Select(Path.GetFileName).OrderBy(v => PackageVersions.Parse(v!)).ToList();
            throw new FitnessKitException($"Package {id} {version}: that version is not in {package}; it holds {(versions.Count == 0 ? "no version" : string.Join(", ", versions))}.");
        }

        var lib = Path.Combine(folder, "lib");
        var best = Inputs.FolderExists(lib) ? Inputs.Folders(lib).Where(f => Inputs.Files(f, "*.dll").Any()).OrderByDescending(f => Rank(Path.GetFileName(f))).FirstOrDefault() : null;
        return best ?? throw new FitnessKitException($"Package {id} {version}: {folder} has no assemblies under lib/ to compare the contracts with.");
    }

    /// <summary>Newer .NET first (<c>net10.0</c>, ..., <c>net5.0</c>), then .NET Standard, then anything else.</summary>
    private static (int Family, Version Version) Rank(string framework)
    {
        if (framework.StartsWith("netstandard", StringComparison.Ordinal))
        {
            return (1, PackageVersions.Parse(framework["netstandard".Length..]));
        }

        if (framework.StartsWith("net", StringComparison.Ordinal) && framework.Length > 3 && char.IsDigit(framework[3]) && framework.Contains('.', StringComparison.Ordinal))
        {
            return (2, PackageVersions.Parse(framework[3..].Split('-')[0]));
        }

        return (0, new Version(0, 0));
    }
}
