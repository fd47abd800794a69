using System.Collections.Frozen;

namespace FitnessKit.Sql;

/// <summary>The word lists the token readers decide by; all compare without regard to case.</summary>
internal static class SqlKeywords
{
    /// <summary>Words that end an expression where they stand outside parentheses: clause and join keywords.</summary>
    public static readonly FrozenSet<string> ExpressionStops = Set(
        "FROM", "WHERE", "GROUP", "HAVING", "WINDOW", "QUALIFY", "ORDER", "LIMIT", "OFFSET", "FETCH", "FOR",
        "UNION", "INTERSECT", "EXCEPT", "MINUS", "INTO", "RETURNING", "JOIN", "INNER", "LEFT", "RIGHT", "FULL",
        "CROSS", "NATURAL", "OUTER", "STRAIGHT_JOIN", "ON", "USING", "SET", "WHEN", "THEN", "DO", "LOCK", "SELECT");

    /// <summary>Words that cannot be a table's alias or a table's name: they start what follows a table.</summary>
    public static readonly FrozenSet<string> NotNames = Set(
        [.. ExpressionStops, "WITH", "TABLESAMPLE", "USE", "FORCE", "IGNORE", "INDEXED", "NOT", "PARTITION", "VALUES",
         "VALUE", "DEFAULT", "OVERRIDING", "AS", "APPLY", "LATERAL", "CASCADE", "RESTRICT", "RESTART", "CONTINUE",
         "AND", "OR", "IS", "NULL", "IN", "LIKE", "BETWEEN", "CASE", "ELSE", "END", "DISTINCT", "ALL", "EXISTS", "BY"]);

    /// <summary>
    /// Words an expression is built with besides names. Three names in a row with none of these (or an operator)
    /// between them is no SQL: <c>a shipping option</c>.
    /// </summary>
    public static readonly FrozenSet<string> ExpressionWords = Set(
        "AND", "OR", "NOT", "IS", "NULL", "TRUE", "FALSE", "UNKNOWN", "IN", "LIKE", "ILIKE", "SIMILAR", "TO",
        "BETWEEN", "SYMMETRIC", "ASYMMETRIC", "CASE", "WHEN", "THEN", "ELSE", "END", "AS", "DISTINCT", "ALL", "ANY",
        "SOME", "EXISTS", "CAST", "COLLATE", "ESCAPE", "OVER", "PARTITION", "BY", "ORDER", "ASC", "DESC", "NULLS",
        "FIRST", "LAST", "FILTER", "WITHIN", "GROUP", "INTERVAL", "AT", "TIME", "ZONE", "WITH", "WITHOUT", "LOCAL",
        "ROWS", "ROW", "RANGE", "GROUPS", "PRECEDING", "FOLLOWING", "UNBOUNDED", "CURRENT", "EXCLUDE", "TIES",
        "OTHERS", "NO", "ARRAY", "GLOB", "REGEXP", "RLIKE", "MATCH", "AGAINST", "SOUNDS", "DIV", "MOD", "XOR",
        "BINARY", "ISNULL", "NOTNULL", "DOUBLE", "PRECISION", "VARYING", "CHARACTER", "DATE", "TIMESTAMP", "OF",
        "ONLY", "NEXT", "SKIP", "LOCKED", "NOWAIT", "SHARE", "KEY", "UPDATE", "MODE", "DEFAULT", "TOP", "PERCENT",
        "OPERATOR", "YEAR", "MONTH", "DAY", "HOUR", "MINUTE", "SECOND", "OVERLAPS", "ORDINALITY", "SEPARATOR",
        "ROLLUP", "CUBE", "GROUPING", "SETS", "NATURAL", "LANGUAGE", "MATERIALIZED");

    /// <summary>The first words of the statements the token reader reads for their tables.</summary>
    public static readonly FrozenSet<string> QueryAndModificationStarts = Set(
        "SELECT", "VALUES", "WITH", "TABLE", "INSERT", "REPLACE", "UPDATE", "DELETE", "MERGE", "TRUNCATE", "COPY");

    /// <summary>Words that start a statement the token readers report without tables (DDL, transactions, settings).</summary>
    public static readonly FrozenSet<string> OtherStatements = Set(
        "CREATE", "ALTER", "DROP", "BEGIN", "COMMIT", "ROLLBACK", "SAVEPOINT", "RELEASE", "START", "END", "SET",
        "RESET", "SHOW", "PRAGMA", "EXPLAIN", "ANALYZE", "VACUUM", "CALL", "EXEC", "EXECUTE", "DO", "LOCK", "UNLOCK",
        "GRANT", "REVOKE", "COPY", "LISTEN", "NOTIFY", "UNLISTEN", "DECLARE", "FETCH", "CLOSE", "PREPARE",
        "DEALLOCATE", "REFRESH", "COMMENT", "REINDEX", "CLUSTER", "ATTACH", "DETACH", "USE", "DESCRIBE", "OPTIMIZE",
        "RENAME", "FLUSH", "CHECKPOINT", "DISCARD", "ABORT", "LOAD");

    /// <summary>
    /// English words that are never table names or aliases in SQL, but are everywhere in prose:
    /// <c>Select a product from the list</c>.
    /// </summary>
    public static readonly FrozenSet<string> ProseWords = Set(
        "the", "an", "your", "yours", "you", "my", "our", "their", "them", "they", "we", "this", "these", "those",
        "his", "her", "its", "please", "here", "there", "should", "would", "could", "want", "wants");

    private static FrozenSet<string> Set(params string[] words) => words.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
}
