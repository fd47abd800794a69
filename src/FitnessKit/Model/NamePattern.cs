
namespace FitnessKit.Model;

/// <summary>
/// A pattern for assembly or namespace names. It matches exactly, or as an explicit glob: <c>*</c> matches any
/// characters (dots included), <c>?</c> one character, and a trailing <c>.**</c> matches the name itself and every
/// dotted name below it. So <c>Shop.Orders.**</c> matches <c>Shop.Orders</c> and <c>Shop.Orders.Contracts</c> but never
/// <c>Shop.OrdersArchive</c>, and <c>Shop.Order</c> never matches <c>Shop.Orders</c>.
/// </summary>
public sealed class NamePattern : IEquatable<NamePattern>
{
    private readonly string? _subtreeRoot;

    // Told once: matching is asked for every dependency of a large code base.
    private readonly bool _isExact;

    // A glob whose one '*' starts or ends it, without '?' (*.Abstractions, Shop.*): its literal end or start, compared
    // in place instead of trying the '*' at every position of the name.
    private readonly string? _suffix;
    private readonly string? _prefix;

    private NamePattern(string text, SourcePosition? position = null)
    {
        Text = text;
        Position = position;
        _isExact = text.IndexOfAny(['*', '?']) < 0;
        if (text.EndsWith(".**", StringComparison.Ordinal) && text.IndexOfAny(['*', '?'], 0, text.Length - 3) < 0)
        {
            _subtreeRoot = text[..^3];
        }
        else if (!_isExact && text.IndexOf('?') < 0 && text.IndexOf('*') == text.LastIndexOf('*'))
        {
            _suffix = text[0] == '*' ? text[1..] : null;
            _prefix = text[^1] == '*' ? text[..^1] : null;
        }
    }

    /// <summary>Gets the pattern as written.</summary>
    public string Text { get; }

    /// <summary>Gets where the pattern was written in a configuration file; <see langword="null"/> for a pattern given in code.</summary>
    internal SourcePosition? Position { get; }

    /// <summary>Whether the pattern is an exact name, without <c>*</c> or <c>?</c>.</summary>
    internal bool IsExact => _isExact;

    /// <summary>Gets <c>Shop.Orders</c> for <c>Shop.Orders.**</c>, or <see langword="null"/> for other patterns.</summary>
    internal string? SubtreeRoot => _subtreeRoot;

    /// <summary>Parses a pattern.</summary>
    /// <param name="text">An exact name, a glob, or a name followed by <c>.**</c>.</param>
    /// <returns>The pattern.</returns>
    /// <exception cref="FitnessKitException">The text is empty or contains white space.</exception>
    public static NamePattern Parse(string text) => Parse(text, null);

    /// <summary>Parses a pattern written at a position of a configuration file.</summary>
    internal static NamePattern Parse(string text, SourcePosition? position)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Any(char.IsWhiteSpace))
        {
            throw new FitnessKitException(SourcePosition.Prefix(position, $"'{text}' is not a name pattern: write an exact name, a glob with * or ?, or a name followed by .** for the name and everything below it."));
        }

        return new NamePattern(text, position);
    }

    /// <summary>Whether the pattern matches a name. Assembly names compare without regard to case, as .NET does.</summary>
    /// <param name="name">An assembly or namespace name.</param>
    /// <param name="ignoreCase">Whether to ignore case.</param>
    /// <returns><see langword="true"/> when it matches.</returns>
    public bool Matches(string name, bool ignoreCase = false)
    {
        var comparison = ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        if (_subtreeRoot is not null)
        {
            return name.Equals(_subtreeRoot, comparison)
                || (name.Length > _subtreeRoot.Length && name[_subtreeRoot.Length] == '.' && name.StartsWith(_subtreeRoot, comparison));
        }

        if (_suffix is not null)
        {
            return name.Length >= _suffix.Length && Same(name.AsSpan(name.Length - _suffix.Length), _suffix, ignoreCase);
        }

        if (_prefix is not null)
        {
            return name.Length >= _prefix.Length && Same(name.AsSpan(0, _prefix.Length), _prefix, ignoreCase);
        }

        return _isExact ? name.Equals(Text, comparison) : Glob(name, Text, ignoreCase);
    }

    /// <summary>Whether any of some patterns matches a name, asked without allocating: it is asked for every dependency of a large code base.</summary>
    internal static bool AnyMatches(IReadOnlyList<NamePattern> patterns, string name, bool ignoreCase)
    {
        for (var i = 0; i < patterns.Count; i++)
        {
            if (patterns[i].Matches(name, ignoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <inheritdoc />
    public bool Equals(NamePattern? other) => other is not null && string.Equals(Text, other.Text, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as NamePattern);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Text);

    /// <inheritdoc />
    public override string ToString() => Text;

    private static bool Glob(ReadOnlySpan<char> name, ReadOnlySpan<char> pattern, bool ignoreCase)
    {
        while (pattern.Length > 0)
        {
            if (pattern[0] == '*')
            {
                var rest = pattern.TrimStart('*');
                for (var i = 0; i <= name.Length; i++)
                {
                    if (Glob(name[i..], rest, ignoreCase))
                    {
                        return true;
                    }
                }

                return false;
            }

            if (name.Length == 0 || (pattern[0] != '?' && !Same(name[0], pattern[0], ignoreCase)))
            {
                return false;
            }

            name = name[1..];
            pattern = pattern[1..];
        }

        return name.Length == 0;
    }

    /// <summary>Whether two spans of one length are the same, character by character as <see cref="Glob"/> compares them.</summary>
    private static bool Same(ReadOnlySpan<char> name, ReadOnlySpan<char> literal, bool ignoreCase)
    {
        if (!ignoreCase)
        {
            return name.SequenceEqual(literal);
        }

        for (var i = 0; i < literal.Length; i++)
        {
            if (!Same(name[i], literal[i], ignoreCase: true))
            {
                return false;
            }
        }

        return true;
    }

    private static bool Same(char a, char b, bool ignoreCase) => ignoreCase ? char.ToUpperInvariant(a) == char.ToUpperInvariant(b) : a == b;
}
