namespace FitnessKit;

/// <summary>
/// The one way FitnessKit suggests a name: <c> (did you mean "FK001"?)</c> after a mistyped setting, rule, report format,
/// context or pattern, and a list of the known names that stays short however many there are.
/// </summary>
internal static class Suggestions
{
    /// <summary>How many known names a message lists before it says how many more there are.</summary>
    public const int ListedNames = 20;

    /// <summary>The hint for a mistyped name, such as <c> (did you mean "assemblies"?)</c>, or an empty string when nothing is close.</summary>
    /// <param name="name">The name as written.</param>
    /// <param name="candidates">The names that exist.</param>
    public static string DidYouMean(string name, IEnumerable<string> candidates) =>
        Closest(name, candidates) is { } best ? $" (did you mean \"{best}\"?)" : string.Empty;

    /// <summary>The known names for a message, such as <c>Billing, Orders</c>, cut after <see cref="ListedNames"/> with <c>and 39,980 more</c>.</summary>
    /// <param name="names">The names, in the order to list them.</param>
    public static string Listed(IReadOnlyCollection<string> names) =>
        names.Count <= ListedNames
            ? string.Join(", ", names)
            : string.Join(", ", names.Take(ListedNames)) + string.Create(System.Globalization.CultureInfo.InvariantCulture, $" and {names.Count - ListedNames:N0} more");

    /// <summary>The closest known name to a mistyped one, or <see langword="null"/>.</summary>
    /// <remarks>Linear in the candidates: a name whose length is too far off to be a typo or a plural is not compared at all.</remarks>
    public static string? Closest(string name, IEnumerable<string> candidates)
    {
        var upper = name.ToUpperInvariant();
        var limit = Math.Clamp(name.Length / 4, 1, 3);
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            // The edit distance is at least the difference in length; a plural differs by at most two letters.
            if (Math.Abs(candidate.Length - name.Length) > Math.Max(limit, 2))
            {
                continue;
            }

            var distance = Distance(upper, candidate.ToUpperInvariant());
            var close = distance > 0 && (distance <= limit || IsSingularOrPlural(name, candidate));
            if (close && (distance < bestDistance || (distance == bestDistance && string.CompareOrdinal(candidate, best) < 0)))
            {
                (best, bestDistance) = (candidate, distance);
            }
        }

        return best;
    }

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
