namespace FitnessKit.Sql;

/// <summary>
/// Refuses text nested deeper than any real statement is, before a recursive parser reads it: a string built to
/// hold ten thousand '(' must give an Unparseable answer, not a stack overflow.
/// </summary>
internal static class SqlNestingGuard
{
    /// <summary>The deepest nesting of parentheses and CASE expressions read.</summary>
    public const int MaxDepth = 100;

    /// <summary>The problem with <paramref name="tokens"/> when they nest deeper than <see cref="MaxDepth"/>; null otherwise.</summary>
    public static string? Problem(IReadOnlyList<SqlToken> tokens)
    {
        int depth = 0;
        foreach (SqlToken token in tokens)
        {
            if (token.Kind == SqlTokenKind.LeftParen || token.Is("CASE"))
            {
                if (++depth > MaxDepth)
                {
                    return $"line {token.Line}, column {token.Column}: parentheses and CASE nest deeper than {MaxDepth} levels";
                }
            }
            else if (token.Kind == SqlTokenKind.RightParen || token.Is("END"))
            {
                depth = Math.Max(0, depth - 1);
            }
        }

        return null;
    }
}
