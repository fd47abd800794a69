using FitnessKit.Model;

namespace FitnessKit.ContextMapping;

/// <summary>
/// Finds the patterns that match a name without trying every pattern: exact names and subtree roots (<c>Shop.Orders.**</c>)
/// are looked up by the name and by each of its dotted prefixes; only globs are tried one by one. A map of 40,000 contexts
/// is matched against a name in the time of a few look-ups.
/// </summary>
/// <typeparam name="T">What a pattern stands for, such as the context that owns it.</typeparam>
internal sealed class PatternIndex<T>
{
    private readonly Dictionary<string, List<Entry>> _exact;
    private readonly Dictionary<string, List<Entry>> _subtrees;
    private readonly List<Entry> _globs = new();
    private readonly bool _ignoreCase;
    private int _count;
    private long _tried;

    public PatternIndex(bool ignoreCase)
    {
        _ignoreCase = ignoreCase;
        var comparer = ignoreCase ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;
        _exact = new(comparer);
        _subtrees = new(comparer);
    }

    /// <summary>Adds a pattern; matches are returned in the order patterns were added.</summary>
    public void Add(NamePattern pattern, T value)
    {
        var entry = new Entry(_count++, pattern, value);
        if (pattern.SubtreeRoot is { } root)
        {
            Bucket(_subtrees, root).Add(entry);
        }
        else if (pattern.IsExact)
        {
            Bucket(_exact, pattern.Text).Add(entry);
        }
        else
        {
            _globs.Add(entry);
        }
    }

    /// <summary>Gets a value indicating whether no pattern was added: every name then matches none, without a look-up.</summary>
    public bool IsEmpty => _count == 0;

    /// <summary>Gets how many times a pattern was tried against a name one by one (globs only), for tests of the work done.</summary>
    internal long PatternsTried => Interlocked.Read(ref _tried);

    /// <summary>The patterns that match a name, with what they stand for, in the order they were added.</summary>
    public List<Entry> Matches(string name)
    {
        var found = new List<Entry>();
        if (_exact.TryGetValue(name, out var exact))
        {
            found.AddRange(exact);
        }

        for (var end = name.Length; end > 0; end = name.LastIndexOf('.', end - 1))
        {
            if (_subtrees.TryGetValue(name[..end], out var subtree))
            {
                found.AddRange(subtree);
            }
        }

        Interlocked.Add(ref _tried, _globs.Count);
        found.AddRange(_globs.Where(g => g.Pattern.Matches(name, _ignoreCase)));
        found.Sort((a, b) => a.Order.CompareTo(b.Order));
        return found;
    }

    /// <summary>What the patterns that match a name stand for, each once, in the order they were added.</summary>
    public List<T> ValuesOf(string name) => [.. Matches(name).Select(m => m.Value).Distinct()];

    private static List<Entry> Bucket(Dictionary<string, List<Entry>> buckets, string key)
    {
        if (!buckets.TryGetValue(key, out var bucket))
        {
            bucket = new();
            buckets[key] = bucket;
        }

        return bucket;
    }

    /// <summary>
    /// A pattern and what it stands for, in the order it was added. A class, not a tuple: a list of tuples is generic
    /// code no precompiled image holds, compiled at every start.
    /// </summary>
    internal sealed record Entry(int Order, NamePattern Pattern, T Value);
}
