using System.Text;

namespace FitnessKit.Sql;

/// <summary>
/// Dapper expands <c>WHERE Id IN @ids</c> into <c>IN (@ids1, @ids2, ..)</c> before the text reaches the server.
/// T-SQL cannot parse the unexpanded form, so the parentheses Dapper would add are added before parsing.
/// </summary>
internal static class DapperListParameters
{
    /// <summary>The text with every <c>IN @name</c> written <c>IN (@name)</c>; the text itself when it has none.</summary>
    public static string Parenthesize(string text)
    {
        IReadOnlyList<SqlToken> tokens;
        try
        {
            tokens = SqlTokenizer.Tokenize(text, SqlDialect.SqlServer);
        }
        catch (SqlSyntaxException)
        {
            return text;
        }

        var result = new StringBuilder(text.Length + 8);
        int copied = 0;
        for (int i = 1; i < tokens.Count; i++)
        {
            SqlToken list = tokens[i];
            if (list.Kind == SqlTokenKind.Parameter && tokens[i - 1].Is("IN") && list.Text.StartsWith('@'))
            {
                result.Append(text, copied, list.Offset - copied).Append('(').Append(list.Text).Append(')');
                copied = list.Offset + list.Text.Length;
            }
        }

        return copied == 0 ? text : result.Append(text, copied, text.Length - copied).ToString();
    }
}
