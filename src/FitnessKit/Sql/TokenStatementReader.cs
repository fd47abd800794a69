namespace FitnessKit.Sql;

/// <summary>
/// Reads one statement with the token reader: it ties together the readers for expressions, FROM lists, queries
/// and modifications, which share its cursor and its <see cref="Uses"/>, and it reads WITH lists and their scope.
/// </summary>
internal sealed class TokenStatementReader
{
    /// <summary>Creates the readers for one statement that starts at the cursor's position.</summary>
    public TokenStatementReader(TokenCursor cursor)
    {
        Cursor = cursor;
        Expressions = new TokenExpressionReader(this);
        FromLists = new TokenFromReader(this);
        Queries = new TokenQueryReader(this);
        Inserts = new TokenInsertReader(this);
        Modifications = new TokenModificationReader(this);
        Copies = new TokenCopyReader(this);
        Definitions = new TokenDefinitionReader(this);
    }

    /// <summary>The position in the tokens, shared by all the readers.</summary>
    public TokenCursor Cursor { get; }

    /// <summary>The text the cursor's tokens were read from, for the texts of the statements a body opens.</summary>
    public string Source { get; init; } = string.Empty;

    /// <summary>
    /// Whether the statement is SQL inside PL/pgSQL: <c>SELECT .. INTO</c> fills variables instead of creating a table,
    /// and <c>LOOP</c> ends the query of a <c>FOR .. IN</c>.
    /// </summary>
    public bool InPlPgSql { get; init; }

    /// <summary>
    /// The statements of a body this statement defines (a PostgreSQL function's, a SQLite trigger's), each a statement of
    /// its own after it; their <see cref="SqlStatementInfo.Index"/> is given where they are listed.
    /// </summary>
    public List<SqlStatementInfo> Opened { get; } = [];

    /// <summary>The tables this statement uses.</summary>
    public TableUseCollector Uses { get; } = new();

    /// <summary>Reads expressions and the subqueries in them.</summary>
    public TokenExpressionReader Expressions { get; }

    /// <summary>Reads FROM and USING lists.</summary>
    public TokenFromReader FromLists { get; }

    /// <summary>Reads queries.</summary>
    public TokenQueryReader Queries { get; }

    /// <summary>Reads INSERT and REPLACE.</summary>
    public TokenInsertReader Inserts { get; }

    /// <summary>Reads UPDATE, DELETE, MERGE and TRUNCATE.</summary>
    public TokenModificationReader Modifications { get; }

    /// <summary>Reads PostgreSQL's COPY.</summary>
    public TokenCopyReader Copies { get; }

    /// <summary>Reads CREATE, ALTER and DROP of tables, views, indexes and triggers.</summary>
    public TokenDefinitionReader Definitions { get; }

    /// <summary>Reads the statement and returns its kind (SELECT, INSERT, ..., or the first word of another statement).</summary>
    public string Read()
    {
        SqlToken first = Cursor.Current;
        if (Copies.TryRead() is { } copy)
        {
            return copy;
        }

        if (Definitions.TryRead() is { } definition)
        {
            return definition;
        }

        if (first.Is("CALL") && Cursor.Peek(1).IsNamePart)
        {
            Cursor.Advance();
            Uses.Add(SqlObjectName.FromParts(FromLists.ReadName("a routine's name after CALL")), TableAccess.Execute);
            SkipToStatementEnd();
            return "CALL";
        }

        if (first.IsAny(SqlKeywords.OtherStatements))
        {
            SkipToStatementEnd();
            return first.Text.ToUpperInvariant();
        }

        if (IsRoutineName())
        {
            Uses.Add(SqlObjectName.FromParts(FromLists.ReadName("a routine's name")), TableAccess.Execute);
            return "CALL";
        }

        return TryReadQueryOrModification()
            ?? throw Cursor.Error($"a statement cannot start with {first.Describe()}");
    }

    /// <summary>
    /// Reads <c>WITH [RECURSIVE] name [(columns)] AS [[NOT] MATERIALIZED] (body), ...</c> and then what it
    /// prefixes, with <paramref name="readBody"/>; the CTE names are no tables until that ends.
    /// </summary>
    public string ReadWith(Func<string> readBody)
    {
        Cursor.Advance();
        bool recursive = Cursor.Accept("RECURSIVE");
        Uses.BeginCteScope();
        if (recursive)
        {
            DeclareAllCteNames();
        }

        do
        {
            SqlToken name = Cursor.Current;
            if (!name.IsNamePart)
            {
                throw Cursor.Error($"expected a CTE name but found {name.Describe()}");
            }

            Cursor.Advance();
            Uses.DeclareCte(name.Value);
            if (Cursor.At(SqlTokenKind.LeftParen))
            {
                Expressions.SkipParenthesized();
            }

            Cursor.Expect("AS", $"after the CTE name '{name.Text}'");
            Cursor.Accept("NOT");
            Cursor.Accept("MATERIALIZED");
            SqlToken open = Cursor.Expect(SqlTokenKind.LeftParen, $"'(' to start the CTE '{name.Text}'");
            _ = TryReadQueryOrModification()
                ?? throw Cursor.Error($"expected a query in the CTE '{name.Text}' but found {Cursor.Current.Describe()}");
            Expressions.ExpectClose(open);
        }
        while (Cursor.Accept(SqlTokenKind.Comma));

        string kind = readBody();
        Uses.EndCteScope();
        return kind;
    }

    /// <summary>
    /// Reads a query or a modification of a body this statement defines, with a reader of its own, and lists it in
    /// <see cref="Opened"/> at its line, with its text and the routine or trigger whose body it is in.
    /// </summary>
    public void ReadOpened(string what, string routine, bool inPlPgSql = false)
    {
        SqlToken first = Cursor.Current;
        var inner = new TokenStatementReader(Cursor) { Source = Source, InPlPgSql = inPlPgSql };
        string kind = inner.TryReadQueryOrModification() ?? throw Cursor.Error($"expected {what} but found {Cursor.Current.Describe()}");
        SqlToken last = Cursor.Peek(-1);
        Opened.Add(new SqlStatementInfo(kind, inner.Uses.Uses(), 0, first.Line) { Text = Source[first.Offset..(last.Offset + last.Text.Length)], Routine = routine });
    }

    /// <summary>Reads a query (or a modification, with a WITH list) that must come next, such as a view's.</summary>
    public void ReadQuery(string what) =>
        _ = TryReadQueryOrModification() ?? throw Cursor.Error($"expected {what} but found {Cursor.Current.Describe()}");

    private string? TryReadQueryOrModification()
    {
        if (Cursor.At("WITH"))
        {
            return ReadWith(() => TryReadQueryOrModification()
                ?? throw Cursor.Error($"expected SELECT, INSERT, UPDATE, DELETE or MERGE after the WITH list but found {Cursor.Current.Describe()}"));
        }

        if (StartsQuery())
        {
            Queries.ReadQuery();
            return "SELECT";
        }

        return Inserts.TryRead() ?? Modifications.TryRead();
    }

    private bool StartsQuery() =>
        Cursor.At("SELECT") || Cursor.At("VALUES") || Cursor.At(SqlTokenKind.LeftParen)
        || (Cursor.At("TABLE") && Cursor.Peek(1).IsNamePart);

    /// <summary>With RECURSIVE, every CTE of the list is in scope in every body: declare the names before reading.</summary>
    private void DeclareAllCteNames()
    {
        int start = Cursor.Position;
        while (Cursor.Current.IsNamePart)
        {
            Uses.DeclareCte(Cursor.Advance().Value);
            if (Cursor.At(SqlTokenKind.LeftParen))
            {
                SkipBalanced();
            }

            if (!Cursor.Accept("AS"))
            {
                break;
            }

            Cursor.Accept("NOT");
            Cursor.Accept("MATERIALIZED");
            if (!Cursor.At(SqlTokenKind.LeftParen))
            {
                break;
            }

            SkipBalanced();
            if (!Cursor.Accept(SqlTokenKind.Comma))
            {
                break;
            }
        }

        Cursor.Position = start;
    }

    /// <summary>
    /// Whether the statement is nothing but a name, <c>reporting.refresh_daily_sales</c>: the routine that a command of
    /// type <c>StoredProcedure</c> calls (Npgsql, Dapper's <c>commandType</c>), as <c>CALL</c> does.
    /// </summary>
    private bool IsRoutineName()
    {
        if (Cursor.Current.IsAny(SqlKeywords.QueryAndModificationStarts))
        {
            return false;
        }

        for (var ahead = 0; ; ahead += 2)
        {
            if (!Cursor.Peek(ahead).IsNamePart)
            {
                return false;
            }

            var next = Cursor.Peek(ahead + 1);
            if (next.Kind is SqlTokenKind.Semicolon or SqlTokenKind.End)
            {
                return true;
            }

            if (next.Kind != SqlTokenKind.Dot)
            {
                return false;
            }
        }
    }

    /// <summary>Skips a statement the token reader does not read (DDL, transactions, settings), or the rest of one that names no more tables, checking its parentheses.</summary>
    public void SkipToStatementEnd()
    {
        var opens = new Stack<SqlToken>();
        while (!Cursor.AtStatementEnd || opens.Count > 0)
        {
            SqlToken token = Cursor.Current;
            if (token.Kind == SqlTokenKind.End)
            {
                throw new SqlSyntaxException(opens.Peek(), "this '(' is never closed");
            }

            if (token.Kind == SqlTokenKind.LeftParen)
            {
                opens.Push(token);
            }
            else if (token.Kind == SqlTokenKind.RightParen && !opens.TryPop(out _))
            {
                throw Cursor.Unexpected();
            }

            Cursor.Advance();
        }
    }

    private void SkipBalanced()
    {
        int depth = 0;
        do
        {
            depth += Cursor.Current.Kind switch
            {
                SqlTokenKind.LeftParen => 1,
                SqlTokenKind.RightParen => -1,
                _ => 0,
            };
            Cursor.Advance();
        }
        while (depth > 0 && !Cursor.At(SqlTokenKind.End));
    }
}
