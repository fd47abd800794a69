namespace FitnessKit;

/// <summary>Finds the closest known name to a mistyped one, for "did you mean" hints.</summary>
internal static class Suggestions
{
    public static string? Closest(string name, IEnumerable<string> candidates) =>
        candidates
            .Select(c => (Name: c, Distance: Distance(name.ToUpperInvariant(), c.ToUpperInvariant())))
            .Where(c => c.Distance > 0 && (c.Distance <= Math.Clamp(name.Length / 4, 1, 3) || IsSingularOrPlural(name, c.Name)))
            .OrderBy(c => c.Distance)
            .ThenBy(c => c.Name, StringComparer.Ordinal)
            .Select(c => c.Name)
            .FirstOrDefault();

    /// <summary>Whether two names differ only past the last letter of the shorter one but one, as <c>assembly</c> and <c>assemblies</c> do.</summary>
    private static bool IsSingularOrPlural(string name, string candidate)
    {
        var stem = Math.Min(name.Length, candidate.Length) - 1;
        return stem >= 5 && Math.Abs(name.Length - candidate.Length) <= 2 && string.Compare(name, 0, candidate, 0, stem, StringComparison.OrdinalIgnoreCase) == 0;
    }

    private static int Distance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        var current = new int[b.Length + 1];
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
