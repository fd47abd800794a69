using System.Text.RegularExpressions;

namespace FitnessKit.Sql;

/// <summary>
/// A script cut into the pieces that can be read apart when the whole cannot: T-SQL's batches (between <c>GO</c>
/// lines), or any other dialect's statements (between top-level semicolons). So one statement that a reader does not
/// know (a SQLCMD variable, a tool's placeholder) leaves the script's other statements read.
/// </summary>
internal static partial class SqlScriptPieces
{
    /// <summary>The pieces of <paramref name="text"/>, each with the line of the script it starts on; none when the text cannot even be tokenized.</summary>
    public static IReadOnlyList<(string Text, int Line)> Split(string text, SqlDialect dialect) => dialect switch
    {
        SqlDialect.SqlServer => Batches(text),
        SqlDialect.Unknown when Batches(text) is { Count: > 1 } batches => batches,
        _ => Statements(text, dialect),
    };

    /// <summary>A problem's <c>line N</c>, from the start of its piece, as the line of the script.</summary>
    public static string InScript(string problem, int pieceLine) =>
        LeadingLine().Replace(problem, m => $"line {int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) + pieceLine - 1}", 1);

    private static List<(string Text, int Line)> Batches(string text)
    {
        var pieces = new List<(string Text, int Line)>();
        var lines = text.Split('\n');
        var start = 0;
        for (var i = 0; i <= lines.Length; i++)
        {
            if (i == lines.Length || BatchSeparator().IsMatch(lines[i]))
            {
                // A batch starts at its first line with text, as its line is where a reader looks for it.
                while (start < i && string.IsNullOrWhiteSpace(lines[start]))
                {
                    start++;
                }

                var batch = string.Join('\n', lines[start..i]);
                if (!string.IsNullOrWhiteSpace(batch))
                {
                    pieces.Add((batch, start + 1));
                }

                start = i + 1;
            }
        }

        return pieces;
    }

    private static List<(string Text, int Line)> Statements(string text, SqlDialect dialect)
    {
        IReadOnlyList<SqlToken> tokens;
        try
        {
            tokens = SqlTokenizer.Tokenize(text, dialect);
        }
        catch (SqlSyntaxException)
        {
            return [];
        }

        var pieces = new List<(string Text, int Line)>();
        SqlToken? first = null;
        foreach (var token in tokens)
        {
            if (token.Kind is SqlTokenKind.Semicolon or SqlTokenKind.End)
            {
                if (first is { } start)
                {
                    pieces.Add((text[start.Offset..token.Offset], start.Line));
                }

                first = null;
            }
            else
            {
                first ??= token;
            }
        }

        return pieces;
    }

    [GeneratedRegex(@"^\s*GO(\s+\d+)?\s*(--.*)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BatchSeparator();

    [GeneratedRegex(@"^line (\d+)", RegexOptions.CultureInvariant)]
    private static partial Regex LeadingLine();
}
