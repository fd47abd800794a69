using System.Collections.Frozen;

namespace FitnessKit.Sql;

/// <summary>
/// Decides whether a string constant found anywhere is SQL by its shape: it must start like a statement, read as
/// SQL, name a table (or have a FROM), and not read like an English sentence that happens to start with "Select".
/// </summary>
internal static class SqlShape
{
    private static readonly FrozenSet<string> ClauseWords = new[]
    {
        "FROM", "INTO", "SET", "WHERE", "JOIN", "TABLE", "USING", "VALUES", "ON", "AS", "AND", "OR", "BY",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Why the text does not start like a statement (SELECT, INSERT INTO, UPDATE, DELETE FROM, MERGE INTO,
    /// WITH x AS (, TRUNCATE TABLE, in any case, after blanks and comments); null when it does.
    /// </summary>
    public static string? WhyNotAStatementStart(IReadOnlyList<SqlToken> tokens)
    {
        SqlToken first = tokens[0];
        if (first.Kind == SqlTokenKind.End)
        {
            return "it holds only comments";
        }

        SqlToken second = tokens.Count > 1 ? tokens[1] : first;
        bool starts = first.Is("SELECT") || first.Is("UPDATE") || StartsCte(tokens)
            || (first.Is("INSERT") && second.Is("INTO"))
            || (first.Is("DELETE") && second.Is("FROM"))
            || (first.Is("MERGE") && second.Is("INTO"))
            || (first.Is("TRUNCATE") && second.Is("TABLE"));
        return starts
            ? null
            : $"it starts with {first.Describe()}, not with SELECT, INSERT INTO, UPDATE, DELETE FROM, MERGE INTO, WITH or TRUNCATE TABLE";
    }

    /// <summary>
    /// Why text that parsed still is no SQL: it uses English function words as names (<c>from the list</c>), names
    /// no table and has no FROM, or is a sentence (<c>Select everything from inventory</c>: the first word
    /// capitalized, the later keywords in lower case, and no SQL punctuation at all); null when it is SQL.
    /// </summary>
    public static string? WhyProse(IReadOnlyList<SqlToken> tokens, SqlAnalysis analysis)
    {
        foreach (SqlToken token in tokens)
        {
            if (token.IsAny(SqlKeywords.ProseWords))
            {
                return $"'{token.Text}' at line {token.Line}, column {token.Column} is an English word, not a name";
            }
        }

        if (!analysis.TableUses.Any() && !tokens.Any(t => t.Is("FROM")))
        {
            return "it names no table and has no FROM";
        }

        return IsSentence(tokens) ? $"it reads like a sentence that starts with '{tokens[0].Text}'" : null;
    }

    private static bool IsSentence(IReadOnlyList<SqlToken> tokens)
    {
        string first = tokens[0].Text;
        bool titleCase = first.Length > 1 && char.IsUpper(first[0]) && first[1..].All(char.IsLower);
        bool onlyWords = tokens.All(t => t.Kind is SqlTokenKind.Word or SqlTokenKind.End);
        bool lowerKeywords = tokens.Skip(1).Where(t => t.IsAny(ClauseWords)).All(t => t.Text.All(char.IsLower));
        return titleCase && onlyWords && lowerKeywords;
    }

    /// <summary>Whether the tokens start <c>WITH [RECURSIVE] name [(columns)] AS ([NOT] MATERIALIZED</c>.</summary>
    private static bool StartsCte(IReadOnlyList<SqlToken> tokens)
    {
        SqlToken At(int index) => tokens[Math.Min(index, tokens.Count - 1)];

        int i = At(1).Is("RECURSIVE") ? 2 : 1;
        if (!tokens[0].Is("WITH") || !At(i).IsNamePart)
        {
            return false;
        }

        i++;
        if (At(i).Kind == SqlTokenKind.LeftParen)
        {
            while (At(i).Kind is not (SqlTokenKind.RightParen or SqlTokenKind.End))
            {
                i++;
            }

            i++;
        }

        SqlToken next = At(i + 1);
        return At(i).Is("AS") && (next.Kind == SqlTokenKind.LeftParen || next.Is("NOT") || next.Is("MATERIALIZED"));
    }
}
