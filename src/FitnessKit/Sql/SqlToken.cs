namespace FitnessKit.Sql;

/// <summary>One token of a SQL text, with where it starts.</summary>
/// <param name="Kind">What the token is.</param>
/// <param name="Text">The token as written.</param>
/// <param name="Value">For a quoted identifier, its text without quotes; otherwise the same as <paramref name="Text"/>.</param>
/// <param name="Offset">Where it starts in the text, from 0.</param>
/// <param name="Line">The line it starts on, from 1.</param>
/// <param name="Column">The column it starts at, from 1.</param>
internal readonly record struct SqlToken(SqlTokenKind Kind, string Text, string Value, int Offset, int Line, int Column)
{
    /// <summary>Whether the token is the bare word <paramref name="keyword"/>, in any case. A quoted word never is.</summary>
    public bool Is(string keyword) =>
        Kind == SqlTokenKind.Word && string.Equals(Text, keyword, StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether the token is a bare word found in <paramref name="keywords"/>.</summary>
    public bool IsAny(IReadOnlySet<string> keywords) => Kind == SqlTokenKind.Word && keywords.Contains(Text);

    /// <summary>Whether the token can be a part of a name: a bare word or a quoted identifier.</summary>
    public bool IsNamePart => Kind is SqlTokenKind.Word or SqlTokenKind.QuotedIdentifier;

    /// <summary>The token as a problem sentence names it: <c>'FORM'</c>, or <c>end of text</c>.</summary>
    public string Describe() => Kind == SqlTokenKind.End ? "end of text" : $"'{Text}'";
}
