namespace FitnessKit.Cli.Proposals;

/// <summary>The <c>assemblies</c> globs of a proposal: the first-party assemblies of the folder, and not the third-party ones beside them.</summary>
internal static class AssemblyGlobs
{
    /// <summary><c>folder/Acme.Shop.*.dll</c> when the names share a product prefix; otherwise one glob per first name segment (<c>folder/Ordering.*.dll</c>, <c>folder/EventBus.dll</c>).</summary>
    public static IReadOnlyList<string> For(ContextProposal proposal, string folder)
    {
        if (proposal.Prefix.Length > 0)
        {
            return [$"{folder}/{proposal.Prefix}.*.dll"];
        }

        var globs = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var name in proposal.Assemblies)
        {
            var first = name.Split('.')[0];
            globs.Add(name.Length == first.Length ? $"{folder}/{first}.dll" : $"{folder}/{first}.*.dll");
        }

        return [.. globs];
    }
}
