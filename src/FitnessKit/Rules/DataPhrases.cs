using FitnessKit.Tables;

namespace FitnessKit.Rules;

/// <summary>The words the data-ownership rules use for tables and SQL.</summary>
internal static class DataPhrases
{
    public static string Verb(TableAccessKind access) => access == TableAccessKind.Write ? "writes" : "reads";

    /// <summary>How SQL is sent: <c>through Dapper.SqlMapper.QueryAsync</c>, or <c>in a SQL-shaped string constant</c>.</summary>
    public static string Through(SqlStatement statement) =>
        statement.Api.StartsWith("a ", StringComparison.Ordinal) ? "in " + statement.Api : "through " + statement.Api;

    /// <summary>The SQL, shortened for a message.</summary>
    public static string Excerpt(string text)
    {
        var flat = string.Join(' ', text.Split((char[])['\r', '\n', '\t', ' '], StringSplitOptions.RemoveEmptyEntries));
        return flat.Length <= 160 ? flat : flat[..157] + "...";
    }
}
