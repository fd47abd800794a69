using FitnessKit.Contracts;
using FitnessKit.ContextMapping;
using FitnessKit.Inspection;

namespace FitnessKit.Rules.ContractCompatibility;

/// <summary>
/// Approves the contracts as they are now: writes each contract's snapshot into the snapshot folder (all of them as one
/// set, each file whole or not at all) and removes the snapshots of contracts that are gone. Nothing is written
/// outside that folder.
/// </summary>
internal static class ContractApproval
{
    /// <summary>Writes the snapshots.</summary>
    /// <param name="model">The resolved contexts.</param>
    /// <param name="directory">The snapshot folder; created if missing.</param>
    /// <returns>The contracts whose snapshot was written or changed, those left as they were, and the snapshots removed.</returns>
    /// <exception cref="FitnessKitException">The folder or a file cannot be written, or an assembly cannot be read.</exception>
    public static (IReadOnlyList<string> Written, IReadOnlyList<string> Unchanged, IReadOnlyList<string> Removed) Approve(ContextModel model, string directory)
    {
        var full = Path.GetFullPath(directory);
        var units = ContractUnit.Of(model);
        if (units.Count == 0)
        {
            throw new FitnessKitException("The context map declares no contract to approve: give the contexts \"contracts\" or \"contractNamespaces\".");
        }

        try
        {
            Directory.CreateDirectory(full);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new FitnessKitException($"{full}: the snapshot folder cannot be created ({exception.Message.TrimEnd('.')}).", exception);
        }

        var written = new List<string>();
        var unchanged = new List<string>();
        var files = new List<(string Path, Action<Stream> Write)>();
        foreach (var unit in units)
        {
            var text = ContractSnapshotText.Write(ApprovedContracts.Current(unit.Assembly.Path, unit.Name, unit.Includes));
            var path = Path.Combine(full, unit.Name + ContractSurface.SnapshotExtension);
            var bytes = new System.Text.UTF8Encoding(false).GetBytes(text);
            if (Inputs.FileExists(path) && Inputs.ReadAllBytes(path).AsSpan().SequenceEqual(bytes))
            {
                unchanged.Add(unit.Name);
                continue;
            }

            written.Add(unit.Name);
            files.Add((path, stream => stream.Write(bytes)));
        }

        AtomicFileSet.Write(files);
        var names = units.Select(u => u.Name).ToHashSet(StringComparer.Ordinal);
        var removed = ApprovedContracts.Snapshots(full).SnapshotNames().Where(n => !names.Contains(n)).ToList();
        foreach (var name in removed)
        {
            File.Delete(Path.Combine(full, name + ContractSurface.SnapshotExtension));
        }

        return (written, unchanged, removed);
    }
}
