using FitnessKit.Contracts;
using FitnessKit.Loading;
using FitnessKit.Loading.Contracts;

namespace FitnessKit.Inspection;

/// <summary>
/// What the contracts looked like when their consumers last relied on them, for FK013 (ContractCompatibility) to compare
/// the code with: a folder of approved snapshots (<c>&lt;Contract&gt;.contract.txt</c>, written by
/// <c>fitnesskit contracts approve</c>), or an older compiled build of the contract assemblies.
/// </summary>
public sealed class ApprovedContracts
{
    private readonly IReadOnlyList<string> _files;
    private readonly Lazy<IReadOnlyDictionary<string, string>> _assemblies;

    private ApprovedContracts(string description, string? snapshotDirectory, IReadOnlyList<string> files)
    {
        Description = description;
        SnapshotDirectory = snapshotDirectory;
        _files = files;
        _assemblies = new(() => ByAssemblyName(files));
    }

    /// <summary>Gets what the contracts are compared with, for messages: <c>the snapshots in /repo/contracts</c>.</summary>
    public string Description { get; }

    /// <summary>Gets the folder of approved snapshots, or <see langword="null"/> when the comparison is with a compiled build.</summary>
    public string? SnapshotDirectory { get; }

    /// <summary>Compares with the snapshots in a folder, which <c>fitnesskit contracts approve</c> writes. A folder that does not exist yet holds no snapshot: every contract is reported as not approved.</summary>
    /// <param name="directory">The folder of <c>*.contract.txt</c> files.</param>
    /// <returns>The approved contracts.</returns>
    public static ApprovedContracts Snapshots(string directory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        var full = Path.GetFullPath(directory);
        return new($"the approved snapshots in {full}", full, []);
    }

    /// <summary>Compares with an older compiled build of the contract assemblies: assembly files, or folders whose <c>*.dll</c> files are read (not their subfolders).</summary>
    /// <param name="paths">Files or folders.</param>
    /// <returns>The approved contracts.</returns>
    /// <exception cref="FitnessKitException">A path names nothing, or a folder holds no assembly.</exception>
    public static ApprovedContracts Build(params string[] paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var files = new List<string>();
        foreach (var path in paths.Select(Path.GetFullPath))
        {
            if (Inputs.FolderExists(path))
            {
                var found = Inputs.Files(path, "*.dll").Order(StringComparer.Ordinal).ToList();
                files.AddRange(found.Count > 0 ? found : throw new FitnessKitException($"{path}: the folder holds no assembly (*.dll) to compare the contracts with."));
            }
            else
            {
                files.Add(RegularFile.Exists(path) ? path : throw new FitnessKitException($"{path}: no such file or folder to compare the contracts with."));
            }
        }

        return new($"the build in {string.Join(", ", paths.Select(Path.GetFullPath))}", null, files);
    }

    /// <summary>Compares with a version of a NuGet package from the local packages folder (<c>NUGET_PACKAGES</c> or <c>~/.nuget/packages</c>): the assemblies of its <c>lib</c> folder for the newest target framework. Nothing is downloaded.</summary>
    /// <param name="id">The package id.</param>
    /// <param name="version">The version, as its folder is named (<c>1.2.0</c>).</param>
    /// <returns>The approved contracts.</returns>
    /// <exception cref="FitnessKitException">The packages folder, the package, the version or its assemblies are not there; the message says which versions are.</exception>
    public static ApprovedContracts Package(string id, string version)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentException.ThrowIfNullOrWhiteSpace(version);
        var lib = PackageFolderSearch.LibFolder(id, version);
        return new($"package {id} {version} ({lib})", null, Build(lib)._files);
    }

    /// <summary>Gets the assemblies an older build or a package is read from; none for snapshots.</summary>
    internal IReadOnlyList<string> Files => _files;

    /// <summary>Reads the approved surface of a contract: its snapshot, or its assembly in the older build.</summary>
    /// <returns>The surface, or <see langword="null"/> when it has none.</returns>
    /// <exception cref="FitnessKitException">The snapshot cannot be read.</exception>
    internal ContractSurface? Find(string contract, string assembly, Func<string, bool> includes)
    {
        if (SnapshotDirectory is not null)
        {
            var file = Path.Combine(SnapshotDirectory, contract + ContractSurface.SnapshotExtension);
            return InputFile.Read(file, "contract snapshot") is { } bytes ? ContractSnapshotText.Parse(Text(bytes, file), contract, file) : null;
        }

        return _assemblies.Value.TryGetValue(assembly, out var path) ? ContractSurfaceReader.Read(path, contract, includes) : null;
    }

    /// <summary>Gets the contracts the snapshot folder holds, by name; none for a compiled build.</summary>
    internal IReadOnlyList<string> SnapshotNames() =>
        SnapshotDirectory is not null && Inputs.FolderExists(SnapshotDirectory)
            ? [.. Inputs.Files(SnapshotDirectory, "*" + ContractSurface.SnapshotExtension).Select(f => Path.GetFileName(f)[..^ContractSurface.SnapshotExtension.Length]).Order(StringComparer.Ordinal)]
            : [];

    /// <summary>Reads the current surface of a contract from the inspected assembly's file.</summary>
    internal static ContractSurface Current(string assemblyPath, string contract, Func<string, bool> includes) =>
        ContractSurfaceReader.Read(assemblyPath, contract, includes);

    private static string Text(byte[] bytes, string file) =>
        TextEncoding.NotUtf8(bytes) is { } encoding
            ? throw new FitnessKitException($"{file}: the contract snapshot is in {encoding}, not UTF-8; write it again with `fitnesskit contracts approve`.")
            : new System.Text.UTF8Encoding(false).GetString(bytes).TrimStart('\uFEFF');

    private static Dictionary<string, string> ByAssemblyName(IReadOnlyList<string> files)
    {
        var byName = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var file in files)
        {
            byName.TryAdd(ContractSurfaceReader.AssemblyName(file), file);
        }

        return byName;
    }
}
