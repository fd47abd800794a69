namespace FitnessKit.Sql;

/// <summary>
/// Tells which tables each statement of a SQL text reads and writes. T-SQL is read with ScriptDom; PostgreSQL,
/// SQLite and MySQL with a tokenizer and a small recursive reader. Nothing here throws on any text.
/// </summary>
internal static class SqlAnalyzer
{
    /// <summary>
    /// Reads text passed to a SQL API (Dapper's Query, DbCommand.CommandText, FromSqlRaw, ...): it is SQL by where it
    /// goes. With <see cref="SqlDialect.Unknown"/>, T-SQL is tried first, then the dialect-neutral token reader.
    /// </summary>
    /// <param name="text">The SQL.</param>
    /// <param name="dialect">Its dialect, or <see cref="SqlDialect.Unknown"/>.</param>
    /// <param name="statementTexts">Whether each statement keeps its own text (<see cref="SqlStatementInfo.Text"/>), as a script's do.</param>
    /// <returns>Sql with its statements, or Unparseable with a problem that names the position.</returns>
    public static SqlAnalysis Analyze(string text, SqlDialect dialect, bool statementTexts = false)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return SqlAnalysis.Unparseable(dialect, "the text is empty");
        }

        try
        {
            if (SqlNestingGuard.Problem(SqlTokenizer.Tokenize(text, dialect)) is { } tooDeep)
            {
                return SqlAnalysis.Unparseable(dialect, tooDeep);
            }
        }
        catch (SqlSyntaxException)
        {
            // The dialect's reader reports the same problem in its own words.
        }

        try
        {
            return dialect switch
            {
                SqlDialect.SqlServer => TSqlTableReader.Read(text, statementTexts),
                SqlDialect.PostgreSql or SqlDialect.Sqlite or SqlDialect.MySql => TokenTableReader.Read(text, dialect, statementTexts),
                _ => ReadUnknown(text, statementTexts),
            };
        }
        catch (Exception failure) when (failure is not OutOfMemoryException)
        {
            // A parser's own defect must not stop a whole evaluation: the text is reported as not read.
            return SqlAnalysis.Unparseable(dialect, $"the SQL reader failed: {failure.Message}");
        }
    }

    /// <summary>
    /// Reads a string constant found anywhere: it is SQL only by its shape. It must start like a statement, parse,
    /// name a table or have a FROM, and not read like prose (<c>Select a product from the list</c>).
    /// </summary>
    /// <returns>Sql with its statements, or NotSql with the reason; never Unparseable.</returns>
    public static SqlAnalysis AnalyzeIfSql(string text, SqlDialect dialect)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return SqlAnalysis.NotSql(dialect, "the text is empty");
        }

        IReadOnlyList<SqlToken> tokens;
        try
        {
            tokens = SqlTokenizer.Tokenize(text, dialect);
        }
        catch (SqlSyntaxException problem)
        {
            return SqlAnalysis.NotSql(dialect, $"it does not read as SQL: {problem.Message}");
        }

        if (SqlShape.WhyNotAStatementStart(tokens) is { } notAStatement)
        {
            return SqlAnalysis.NotSql(dialect, notAStatement);
        }

        SqlAnalysis analysis = Analyze(text, dialect);
        if (analysis.Kind != SqlTextKind.Sql)
        {
            return SqlAnalysis.NotSql(dialect, $"it does not parse as SQL: {analysis.Problem}");
        }

        return SqlShape.WhyProse(tokens, analysis) is { } prose ? SqlAnalysis.NotSql(dialect, prose) : analysis;
    }

    /// <summary>
    /// The placeholder a caller puts where a rebuilt SQL string has a part it cannot know (a parameter value, an
    /// interpolated schema, a format item): <c>__fk_hole_0__</c>. Every parser reads it as an identifier; a table
    /// name or schema made of (or glued to) one is reported as a hole, never as a name.
    /// </summary>
    public static string Hole(int index) => SqlHoles.Placeholder(index);

    private static SqlAnalysis ReadUnknown(string text, bool statementTexts)
    {
        SqlAnalysis tsql = TSqlTableReader.Read(text, statementTexts);
        if (tsql.Kind == SqlTextKind.Sql)
        {
            return tsql;
        }

        SqlAnalysis tokens = TokenTableReader.Read(text, SqlDialect.Unknown, statementTexts);
        return tokens.Kind == SqlTextKind.Sql ? tokens : tsql;
    }
}
