namespace FitnessKit.Model;

/// <summary>
/// Reads the names that start with <c>&lt;</c> on a type that is not nested, which C# never lets a user write: some
/// are the compiler's own types with no user type to own them, and one is a type the user wrote with <c>file</c>.
/// </summary>
/// <remarks>
/// The compiler's own: <c>&lt;Module&gt;</c> (the module type), <c>&lt;PrivateImplementationDetails&gt;</c> (array
/// and string data, hashing helpers) and every name that starts with <c>&lt;&gt;</c> (anonymous types
/// <c>&lt;&gt;f__AnonymousType0`2</c>, anonymous delegates, the read-only lists of collection expressions, inline arrays).
/// They are generic over whatever the user's code puts in them and hold no dependency of their own.
/// A <c>file class Hidden</c> in <c>Foo.cs</c> is compiled as <c>&lt;Foo&gt;F1A2B…__Hidden</c>: the file name without its
/// extension (characters other than ASCII letters and digits written as <c>_</c>), <c>F</c>, a checksum of the file's
/// path in hexadecimal, two underscores and the name the user wrote. Any other name that starts with <c>&lt;</c>
/// (another compiler's, an IL rewriter's, hand-written IL) is a type in its own right.
/// </remarks>
internal static class TopLevelTypeNames
{
    /// <summary>Whether a top-level type is one the compiler makes for itself, with no user type to own its code.</summary>
    public static bool IsCompilerOwned(ReadOnlySpan<char> name) =>
        name.StartsWith("<>", StringComparison.Ordinal)
        || name.StartsWith("<PrivateImplementationDetails>", StringComparison.Ordinal)
        || name.SequenceEqual("<Module>");

    /// <summary>The outermost type of a name whose nested types are joined by <c>+</c>.</summary>
    public static ReadOnlySpan<char> Outermost(string name) =>
        name.IndexOf('+', StringComparison.Ordinal) is var plus && plus >= 0 ? name.AsSpan(0, plus) : name;

    /// <summary>Reads the name of a file-local type: <c>&lt;Foo&gt;F1A2B…__Hidden</c> is <c>Hidden</c>, declared in the file <c>Foo</c>.</summary>
    /// <param name="name">A top-level type's metadata name (nested names after it, joined by <c>+</c>, are kept in <paramref name="written"/>).</param>
    /// <param name="file">The file name as the compiler wrote it, without its extension.</param>
    /// <param name="written">The name the user wrote, with its arity and nested names: <c>Hidden`1+Inner</c>.</param>
    /// <returns>Whether the name is a file-local type's.</returns>
    public static bool TryReadFileLocal(string name, out string file, out string written)
    {
        file = written = string.Empty;
        var close = name.Length > 1 && name[0] == '<' ? name.IndexOf('>', 1) : -1;
        if (close < 2 || close + 1 >= name.Length || name[close + 1] != 'F' || !IsFileName(name.AsSpan(1, close - 1)))
        {
            return false;
        }

        var checksum = close + 2;
        var end = checksum;
        while (end < name.Length && char.IsAsciiHexDigitUpper(name[end]))
        {
            end++;
        }

        if (end == checksum || end + 2 >= name.Length || name[end] != '_' || name[end + 1] != '_' || name[end + 2] is '+' or '`')
        {
            return false;
        }

        file = name[1..close];
        written = name[(end + 2)..];
        return true;
    }

    private static bool IsFileName(ReadOnlySpan<char> name)
    {
        foreach (var c in name)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c != '_')
            {
                return false;
            }
        }

        return true;
    }
}
