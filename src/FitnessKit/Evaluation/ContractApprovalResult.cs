using FitnessKit.Inspection;

namespace FitnessKit.Evaluation;

/// <summary>What <see cref="ContractSnapshots.Approve(CodeBase, ContextMapping.ContextMap, string?)"/> wrote: the snapshot folder, and which contracts' snapshots were written, left as they were, or removed.</summary>
public sealed class ContractApprovalResult
{
    internal ContractApprovalResult(string directory, IReadOnlyList<string> written, IReadOnlyList<string> unchanged, IReadOnlyList<string> removed)
    {
        Directory = directory;
        Written = written;
        Unchanged = unchanged;
        Removed = removed;
    }

    /// <summary>Gets the full path of the snapshot folder; nothing outside it was written.</summary>
    public string Directory { get; }

    /// <summary>Gets the contracts whose snapshot was written or changed, by name (the snapshot file without <c>.contract.txt</c>).</summary>
    public IReadOnlyList<string> Written { get; }

    /// <summary>Gets the contracts whose snapshot already held what they are now, and was left alone.</summary>
    public IReadOnlyList<string> Unchanged { get; }

    /// <summary>Gets the contracts that were approved before and are gone now, whose snapshots were removed.</summary>
    public IReadOnlyList<string> Removed { get; }

    /// <summary>Says what was approved in one line, as <c>fitnesskit contracts approve</c> prints it.</summary>
    /// <param name="baseDirectory">A directory to show the snapshot folder relative to, or <see langword="null"/> for its full path.</param>
    /// <returns>The line.</returns>
    public string Describe(string? baseDirectory = null)
    {
        var folder = baseDirectory is null ? Directory : Path.GetRelativePath(baseDirectory, Directory).Replace('\\', '/');
        return $"Approved {Phrases.Count(Written.Count + Unchanged.Count, "contract")} in {folder}: {Phrases.Count(Written.Count, "snapshot")} written{List(Written)}, {Phrases.Number(Unchanged.Count)} unchanged, {Phrases.Count(Removed.Count, "snapshot")} of contracts that are gone removed{List(Removed)}.";
    }

    /// <inheritdoc />
    public override string ToString() => Describe();

    private static string List(IReadOnlyList<string> names) => names.Count == 0 ? string.Empty : $" ({string.Join(", ", names)})";
}
