namespace FitnessKit.Coupling;

/// <summary>
/// A set of pairs of strings (a source type and what it uses), held as each first string's set of second strings: a
/// set of tuples is generic code over a value type, which no precompiled image holds and the runtime compiles at every
/// start; sets and dictionaries of strings are precompiled.
/// </summary>
internal sealed class StringPairSet
{
    private readonly Dictionary<string, HashSet<string>> _byFirst = new(StringComparer.Ordinal);

    /// <summary>Gets how many pairs the set holds.</summary>
    public int Count { get; private set; }

    /// <summary>Adds a pair.</summary>
    /// <returns><see langword="true"/> when the set did not hold it.</returns>
    public bool Add(string first, string second)
    {
        if (!_byFirst.TryGetValue(first, out var seconds))
        {
            _byFirst[first] = seconds = new HashSet<string>(StringComparer.Ordinal);
        }

        if (!seconds.Add(second))
        {
            return false;
        }

        Count++;
        return true;
    }

    /// <summary>Whether the set holds a pair.</summary>
    public bool Contains(string first, string second) => _byFirst.TryGetValue(first, out var seconds) && seconds.Contains(second);

    /// <summary>How many of this set's pairs another set does not hold.</summary>
    public int CountNotIn(StringPairSet other)
    {
        var count = 0;
        foreach (var (first, seconds) in _byFirst)
        {
            foreach (var second in seconds)
            {
                count += other.Contains(first, second) ? 0 : 1;
            }
        }

        return count;
    }

    /// <summary>Empties the set, keeping its tables for the next pairs.</summary>
    public void Clear()
    {
        foreach (var seconds in _byFirst.Values)
        {
            seconds.Clear();
        }

        Count = 0;
    }
}
