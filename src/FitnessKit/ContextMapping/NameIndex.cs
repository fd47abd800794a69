using FitnessKit.Model;

namespace FitnessKit.ContextMapping;

/// <summary>
/// The assembly or namespace names of a code base, sorted, so that the names a pattern matches are found without
/// trying every name: an exact pattern is one look-up, a subtree (<c>Shop.Orders.**</c>) a range of the sorted names;
/// only globs are tried against every name.
/// </summary>
internal sealed class NameIndex
{
    private readonly string[] _sorted;
    private readonly HashSet<string> _names;
    private readonly StringComparer _comparer;
    private readonly bool _ignoreCase;

    public NameIndex(IEnumerable<string> names, bool ignoreCase)
    {
        _ignoreCase = ignoreCase;
        _comparer = ignoreCase ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;
        _names = new HashSet<string>(names, _comparer);
        _sorted = [.. _names.Order(_comparer)];
        Suggester = new Suggester(_sorted);
    }

    /// <summary>Gets the suggestions for patterns that match none of the names.</summary>
    public Suggester Suggester { get; }

    /// <summary>Gets the names, sorted.</summary>
    public IReadOnlyList<string> Names => _sorted;

    /// <summary>Whether the pattern matches any name.</summary>
    public bool Any(NamePattern pattern) => Matching(pattern).Any();

    /// <summary>The names the pattern matches, sorted.</summary>
    public IEnumerable<string> Matching(NamePattern pattern)
    {
        if (pattern.SubtreeRoot is { } root)
        {
            return Below(root);
        }

        if (pattern.IsExact)
        {
            return _names.TryGetValue(pattern.Text, out var name) ? [name] : [];
        }

        return _sorted.Where(n => pattern.Matches(n, _ignoreCase));
    }

    private IEnumerable<string> Below(string root)
    {
        var comparison = _ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        var start = Array.BinarySearch(_sorted, root, _comparer);
        for (var i = start < 0 ? ~start : start; i < _sorted.Length && _sorted[i].StartsWith(root, comparison); i++)
        {
            var name = _sorted[i];
            if (name.Length == root.Length || name[root.Length] == '.')
            {
                yield return name;
            }
        }
    }
}
