using System.Runtime.InteropServices;
using FitnessKit.Model;

namespace FitnessKit.Loading;

/// <summary>
/// Tells the system's own assemblies from package and framework ones, by the strongest evidence at hand: where the
/// file lies (the NuGet packages folder, the .NET installation), what the deps.json beside it says (a project or a
/// package), whether its symbols lie beside it, and last its name.
/// </summary>
internal sealed class AssemblyOrigins
{
    private static readonly string[] FrameworkPrefixes = ["System.", "Microsoft.", "Windows."];
    private readonly Dictionary<string, ILookup<string, ManifestLibrary>> _manifests = new(StringComparer.Ordinal);
    private readonly string? _packagesFolder = Normalize(DependencyManifest.PackagesFolder());
    private readonly string? _dotnetRoot = Normalize(DotnetRoot());

    /// <summary>Sets the origin of each assembly.</summary>
    public void Classify(IEnumerable<InspectedAssembly> assemblies)
    {
        foreach (var assembly in assemblies)
        {
            (assembly.Origin, assembly.OriginEvidence, assembly.PackageVersion) = Decide(assembly);
        }
    }

    private (AssemblyOrigin, string, string?) Decide(InspectedAssembly assembly)
    {
        var path = assembly.Path;
        if (_packagesFolder is not null && path.StartsWith(_packagesFolder, StringComparison.Ordinal))
        {
            return (AssemblyOrigin.ThirdParty, "it lies in the NuGet packages folder", null);
        }

        if (_dotnetRoot is not null && path.StartsWith(_dotnetRoot, StringComparison.Ordinal))
        {
            return (AssemblyOrigin.ThirdParty, "it lies in the .NET installation", null);
        }

        var listed = ManifestOf(Path.GetDirectoryName(path)!)[assembly.Name].ToList();
        if (listed.Find(l => l.IsProject) is { } project)
        {
            return (AssemblyOrigin.FirstParty, $"a project in {project.Manifest}", null);
        }

        if (listed.Find(l => l.IsPackage) is { } package)
        {
            return (AssemblyOrigin.ThirdParty, $"a package ({assembly.Name} {package.Version}) in {package.Manifest}", package.Version);
        }

        if (Inputs.FileExists(Path.ChangeExtension(path, ".pdb")))
        {
            return (AssemblyOrigin.FirstParty, $"its symbols ({Path.GetFileNameWithoutExtension(path)}.pdb) lie beside it", null);
        }

        if (assembly.Name is "mscorlib" or "netstandard" || Array.Exists(FrameworkPrefixes, p => assembly.Name.StartsWith(p, StringComparison.Ordinal)))
        {
            return (AssemblyOrigin.ThirdParty, "a framework name, and no deps.json or symbols say it was built here", null);
        }

        return (AssemblyOrigin.FirstParty, "no deps.json lists it as a package", null);
    }

    private ILookup<string, ManifestLibrary> ManifestOf(string folder)
    {
        if (!_manifests.TryGetValue(folder, out var libraries))
        {
            _manifests[folder] = libraries = DependencyManifest.Libraries(folder).ToLookup(l => l.AssemblyName, StringComparer.OrdinalIgnoreCase);
        }

        return libraries;
    }

    private static string? DotnetRoot()
    {
        // <root>/shared/Microsoft.NETCore.App/<version>/
        var runtime = Inputs.RuntimeDirectory.TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);
        return Path.GetDirectoryName(Path.GetDirectoryName(Path.GetDirectoryName(runtime)));
    }

    private static string? Normalize(string? folder) =>
        string.IsNullOrEmpty(folder) ? null : Path.GetFullPath(folder).TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar) + Path.DirectorySeparatorChar;
}
