namespace FitnessKit;

/// <summary>
/// Suggests names from one set of candidates for many mistakes, such as every unknown context in <c>mayUse</c>. Each
/// suggestion compares the name with every candidate, so only the first <see cref="MaxSuggestions"/> mistakes get one:
/// past that a map has one systematic mistake (40,000 contexts that each name a context that does not exist), and a
/// hint on each line would cost more than the check (40,000 × 40,000 comparisons).
/// </summary>
internal sealed class Suggester(IEnumerable<string> candidates)
{
    /// <summary>How many mistakes of one kind get a suggestion.</summary>
    public const int MaxSuggestions = 100;

    private int _made;

    /// <summary>The hint for a mistyped name, as <see cref="Suggestions.DidYouMean"/>, for the first <see cref="MaxSuggestions"/> names asked about; an empty string after that.</summary>
    public string DidYouMean(string name) =>
        ++_made <= MaxSuggestions ? Suggestions.DidYouMean(name, candidates) : string.Empty;
}
