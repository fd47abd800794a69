namespace FitnessKit.Sql;

/// <summary>
/// Reads PostgreSQL's <c>COPY</c> for the token reader, which bulk imports and exports run (Npgsql's
/// <c>BeginBinaryImport</c> and its kin): <c>COPY table [(columns)] FROM ...</c> writes the table,
/// <c>COPY table TO ...</c> reads it, and <c>COPY (query) TO ...</c> reads what the query reads. What follows the
/// source or target (<c>STDIN</c>, a file, the options) names no table.
/// </summary>
internal sealed class TokenCopyReader(TokenStatementReader statement)
{
    private TokenCursor Cursor => statement.Cursor;

    /// <summary>Reads the statement when it is a COPY, and returns its kind; null otherwise.</summary>
    public string? TryRead()
    {
        if (!Cursor.At("COPY"))
        {
            return null;
        }

        Cursor.Advance();
        Cursor.Accept("BINARY");
        if (Cursor.At(SqlTokenKind.LeftParen))
        {
            SqlToken open = Cursor.Expect(SqlTokenKind.LeftParen, "'(' to start the query of COPY");
            statement.Queries.ReadQuery();
            statement.Expressions.ExpectClose(open);
            Cursor.Expect("TO", "after the query of COPY");
        }
        else
        {
            SqlObjectName table = SqlObjectName.FromParts(statement.FromLists.ReadName("a table name or a query after COPY"));
            if (Cursor.At(SqlTokenKind.LeftParen))
            {
                statement.Expressions.SkipParenthesized();
            }

            if (Cursor.Accept("FROM"))
            {
                statement.Uses.Add(table, TableAccess.Write);
            }
            else
            {
                Cursor.Expect("TO", "FROM or TO after the table of COPY");
                statement.Uses.Add(table, TableAccess.Read);
            }
        }

        statement.SkipToStatementEnd();
        return "COPY";
    }
}
