using System.Runtime.CompilerServices;
using ArchUnitNET.Domain;
using FitnessKit.Inspection;

namespace FitnessKit.ArchUnitNET;

/// <summary>
/// Finds the files behind the assemblies of an ArchUnitNET <see cref="Architecture"/> and reads them with FitnessKit,
/// once per architecture. An ArchUnitNET assembly carries no path, so a file is looked for among the assemblies the
/// test process has loaded, then as <c>Name.dll</c> or <c>Name.exe</c> in the given folders and the test's base directory.
/// </summary>
internal sealed class ArchitectureFiles
{
    private readonly ConditionalWeakTable<Architecture, CodeBase> _codeBases = new();

    public ArchitectureFiles(IReadOnlyList<string> folders) => Folders = folders;

    public IReadOnlyList<string> Folders { get; }

    public ArchitectureFiles With(string folder) => new([.. Folders, Path.GetFullPath(folder)]);

    public CodeBase Load(Architecture architecture) => _codeBases.GetValue(architecture, a => CodeBase.Load(Locate(a)));

    private AssemblySource Locate(Architecture architecture)
    {
        var folders = Folders.Append(AppContext.BaseDirectory).ToList();
        var loaded = AppDomain.CurrentDomain.GetAssemblies()
            .Where(a => !a.IsDynamic && !string.IsNullOrEmpty(a.Location))
            .GroupBy(a => a.FullName ?? string.Empty, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().Location, StringComparer.Ordinal);
        var files = new List<string>();
        var missing = new List<string>();
        foreach (var assembly in architecture.Assemblies.Where(a => !a.IsOnlyReferenced).OrderBy(a => a.Name, StringComparer.Ordinal))
        {
            var file = folders.Select(f => Path.Combine(f, assembly.Name + ".dll")).Concat(folders.Select(f => Path.Combine(f, assembly.Name + ".exe")))
                .FirstOrDefault(File.Exists);
            if (file is null && loaded.TryGetValue(assembly.FullName, out var location))
            {
                file = location;
            }

            if (file is null)
            {
                missing.Add(assembly.Name);
            }
            else
            {
                files.Add(file);
            }
        }

        return missing.Count == 0
            ? AssemblySource.Files([.. files])
            : throw new FitnessKitException($"FitnessKit reads assembly files, and no file was found for {string.Join(", ", missing)} in {string.Join(", ", folders)} or among the loaded assemblies; name the folder that holds them with LocatedIn(folder).");
    }
}
