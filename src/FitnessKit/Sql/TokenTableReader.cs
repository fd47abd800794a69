namespace FitnessKit.Sql;

/// <summary>
/// Reads PostgreSQL, SQLite and MySQL text (and text of an unknown dialect that T-SQL could not read): tokenizes it,
/// splits it into statements on top-level semicolons, and reads each with a <see cref="TokenStatementReader"/>.
/// </summary>
internal static class TokenTableReader
{
    /// <summary>The statements of <paramref name="text"/> and their tables, or Unparseable with the first problem met.</summary>
    public static SqlAnalysis Read(string text, SqlDialect dialect, bool statementTexts = false)
    {
        try
        {
            var cursor = new TokenCursor(SqlTokenizer.Tokenize(text, dialect));
            var statements = new List<SqlStatementInfo>();
            while (true)
            {
                while (cursor.Accept(SqlTokenKind.Semicolon))
                {
                }

                if (cursor.At(SqlTokenKind.End))
                {
                    break;
                }

                var reader = new TokenStatementReader(cursor) { Source = text };
                SqlToken first = cursor.Current;
                string kind = reader.Read();
                if (!cursor.AtStatementEnd)
                {
                    throw cursor.Unexpected();
                }

                SqlToken last = cursor.Peek(-1);
                statements.Add(new SqlStatementInfo(kind, reader.Uses.Uses(), statements.Count, first.Line)
                {
                    Text = statementTexts ? text[first.Offset..(last.Offset + last.Text.Length)] : null,
                });
                foreach (SqlStatementInfo opened in reader.Opened)
                {
                    statements.Add(opened with { Index = statements.Count, Text = statementTexts ? opened.Text : null });
                }
            }

            return statements.Count == 0
                ? SqlAnalysis.Unparseable(dialect, "the text holds no SQL statement")
                : SqlAnalysis.Read(dialect, statements);
        }
        catch (SqlSyntaxException problem)
        {
            return SqlAnalysis.Unparseable(dialect, problem.Message);
        }
    }
}
