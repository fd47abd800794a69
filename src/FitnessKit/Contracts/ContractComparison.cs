namespace FitnessKit.Contracts;

/// <summary>
/// Compares an approved contract with the current one and classifies each difference: breaking (a type or member
/// removed or renamed, a type changed, a required member or parameter added, an enum value removed or renumbered, a
/// reference made nullable where consumers read it or non-nullable where they write it, a settable property made
/// read-only) or additive (a new type, a new optional member, a new enum value).
/// </summary>
internal static class ContractComparison
{
    /// <summary>Lists the differences, types in ordinal order, each type's own change first.</summary>
    /// <param name="approved">The approved contract.</param>
    /// <param name="current">The current contract.</param>
    /// <returns>The changes; empty when the two are the same.</returns>
    public static IReadOnlyList<ContractChange> Compare(ContractSurface approved, ContractSurface current)
    {
        var changes = new List<ContractChange>();
        var before = approved.Types.ToDictionary(t => t.FullName, StringComparer.Ordinal);
        var after = current.Types.ToDictionary(t => t.FullName, StringComparer.Ordinal);
        foreach (var name in before.Keys.Union(after.Keys).Order(StringComparer.Ordinal))
        {
            var old = before.GetValueOrDefault(name);
            var now = after.GetValueOrDefault(name);
            if (now is null)
            {
                changes.Add(new(current.Name, name, null, true, "was removed or renamed", [ContractChangeKind.Removed]));
            }
            else if (old is null)
            {
                changes.Add(new(current.Name, name, null, false, $"was added ({now.Kind})", [ContractChangeKind.Added]));
            }
            else
            {
                changes.AddRange(MemberChanges.Compare(current.Name, old, now));
            }
        }

        return changes;
    }
}
