namespace FitnessKit.Sql;

/// <summary>
/// Reads the definitions of tables and views for the token reader: <c>CREATE TABLE</c> and <c>CREATE VIEW</c> (with
/// OR REPLACE, MATERIALIZED, IF NOT EXISTS, MySQL's view options) create their table, and a view's query or a
/// <c>CREATE TABLE .. AS</c> query is read; <c>ALTER TABLE</c>, <c>ALTER VIEW</c>, <c>DROP TABLE</c>,
/// <c>DROP VIEW</c>, <c>CREATE INDEX .. ON</c> and <c>CREATE TRIGGER .. ON</c> write theirs; a foreign key's
/// <c>REFERENCES</c> reads the table it names. Temporary tables and views are no tables. Any other statement is left
/// for <see cref="TokenStatementReader"/> to skip.
/// </summary>
internal sealed class TokenDefinitionReader(TokenStatementReader statement)
{
    private TokenCursor Cursor => statement.Cursor;

    private TokenFromReader FromLists => statement.FromLists;

    /// <summary>Reads the statement when it defines, changes or drops a table, a view, an index or a trigger, and returns its kind; null, with the cursor where it was, otherwise.</summary>
    public string? TryRead()
    {
        int start = Cursor.Position;
        string? kind = Cursor.Current switch
        {
            var first when first.Is("CREATE") => ReadCreate(),
            var first when first.Is("ALTER") => ReadAlter(),
            var first when first.Is("DROP") => ReadDrop(),
            _ => null,
        };
        if (kind is null)
        {
            Cursor.Position = start;
        }

        return kind;
    }

    private string? ReadCreate()
    {
        Cursor.Advance();
        if (Cursor.Accept("OR") && !Cursor.Accept("REPLACE"))
        {
            return null;
        }

        var temporary = false;
        while (true)
        {
            if (Cursor.At("TEMP") || Cursor.At("TEMPORARY"))
            {
                temporary = true;
            }
            else if (Cursor.At("ALGORITHM") || Cursor.At("DEFINER") || (Cursor.At("SQL") && Cursor.Peek(1).Is("SECURITY")))
            {
                // MySQL's options (ALGORITHM = MERGE, DEFINER = `app`@`%`, SQL SECURITY INVOKER) come before VIEW or the routine.
                while (!Cursor.At("VIEW") && !Cursor.At("FUNCTION") && !Cursor.At("PROCEDURE") && !Cursor.At("TRIGGER") && !Cursor.AtStatementEnd)
                {
                    Cursor.Advance();
                }

                continue;
            }
            else if (!(Cursor.At("GLOBAL") || Cursor.At("LOCAL") || Cursor.At("UNLOGGED") || Cursor.At("RECURSIVE") || Cursor.At("MATERIALIZED") || Cursor.At("UNIQUE")))
            {
                break;
            }

            Cursor.Advance();
        }

        if (Cursor.Accept("TABLE"))
        {
            ReadCreateTable(temporary);
            return "CREATE TABLE";
        }

        if (Cursor.Accept("VIEW"))
        {
            ReadCreateView(temporary);
            return "CREATE VIEW";
        }

        if (Cursor.Accept("INDEX"))
        {
            ReadCreateIndex();
            return "CREATE INDEX";
        }

        if (Cursor.Accept("TRIGGER"))
        {
            ReadCreateTrigger();
            return "CREATE TRIGGER";
        }

        if (RoutineKind() is { } routine)
        {
            AcceptIfExists(not: true);
            SqlObjectName name = SqlObjectName.FromParts(FromLists.ReadName($"a name after CREATE {routine}"));
            statement.Uses.Add(name, TableAccess.Create, routine: true);
            TokenRoutineBodyReader.ReadToEnd(statement, name, routine.ToLowerInvariant());
            return $"CREATE {routine}";
        }

        return null;
    }

    private void ReadCreateTable(bool temporary)
    {
        ReadCreated("a table name after CREATE TABLE", temporary);
        if (Cursor.At(SqlTokenKind.LeftParen))
        {
            ReadReferences(group: true);
        }

        if (Cursor.Accept("AS") || Cursor.At("SELECT"))
        {
            statement.ReadQuery("a query after CREATE TABLE .. AS");
        }

        // Options after the columns (WITHOUT ROWID, ENGINE = InnoDB, INHERITS (..), PARTITION BY ..) name no table it uses.
        statement.SkipToStatementEnd();
    }

    private void ReadCreateView(bool temporary)
    {
        var view = ReadCreated("a view name after CREATE VIEW", temporary);
        if (Cursor.At(SqlTokenKind.LeftParen))
        {
            statement.Expressions.SkipParenthesized();
        }

        if (Cursor.Accept("WITH"))
        {
            statement.Expressions.SkipParenthesized();
        }

        Cursor.Expect("AS", $"after the view name '{view}'");
        statement.ReadQuery($"a query for the view '{view}'");
        // WITH [CASCADED | LOCAL] CHECK OPTION, WITH [NO] DATA.
        statement.SkipToStatementEnd();
    }

    private void ReadCreateIndex()
    {
        Cursor.Accept("CONCURRENTLY");
        AcceptIfExists(not: true);
        if (!Cursor.At("ON"))
        {
            FromLists.ReadName("an index name after CREATE INDEX");
        }

        Cursor.Expect("ON", "after the index name");
        Cursor.Accept("ONLY");
        statement.Uses.Add(SqlObjectName.FromParts(FromLists.ReadName("a table name after ON")), TableAccess.Write);
        statement.SkipToStatementEnd();
    }

    /// <summary>
    /// Reads <c>CREATE TRIGGER name .. ON table</c>, the function a PostgreSQL trigger executes (called), and the
    /// statements of a body that SQLite writes between BEGIN and END, each a statement of its own.
    /// </summary>
    private void ReadCreateTrigger()
    {
        SkipTo("ON", "expected ON and the trigger's table");
        Cursor.Advance();
        var table = SqlObjectName.FromParts(FromLists.ReadName("a table name after ON"));
        statement.Uses.Add(table, TableAccess.Write);
        while (!Cursor.At("BEGIN") && !Cursor.AtStatementEnd)
        {
            if (Cursor.Accept("EXECUTE") && (Cursor.Accept("FUNCTION") || Cursor.Accept("PROCEDURE")))
            {
                // PostgreSQL's trigger runs a function on every change of its table: the table's writes call it.
                statement.Uses.Add(SqlObjectName.FromParts(FromLists.ReadName("a function name after EXECUTE FUNCTION")), TableAccess.Execute);
                continue;
            }

            Cursor.Advance();
        }

        if (!Cursor.Accept("BEGIN"))
        {
            return;
        }

        while (!Cursor.Accept("END"))
        {
            statement.ReadOpened("a statement of the trigger's body, or END", $"trigger on {table}");
            Cursor.Expect(SqlTokenKind.Semicolon, "';' after a statement of the trigger's body");
        }
    }

    /// <summary>Moves to <paramref name="keyword"/>, or to the statement's end; there, throws <paramref name="problem"/> unless it is null.</summary>
    private void SkipTo(string keyword, string? problem)
    {
        while (!Cursor.At(keyword))
        {
            if (Cursor.AtStatementEnd)
            {
                if (problem is not null)
                {
                    throw Cursor.Error(problem);
                }

                return;
            }

            Cursor.Advance();
        }
    }

    private string? ReadAlter()
    {
        Cursor.Advance();
        string kind;
        if (Cursor.Accept("TABLE"))
        {
            kind = "ALTER TABLE";
        }
        else if (AcceptView())
        {
            kind = "ALTER VIEW";
        }
        else if (RoutineKind() is { } routine)
        {
            statement.Uses.Add(SqlObjectName.FromParts(FromLists.ReadName($"a name after ALTER {routine}")), TableAccess.Write, routine: true);
            statement.SkipToStatementEnd();
            return $"ALTER {routine}";
        }
        else
        {
            return null;
        }

        AcceptIfExists(not: false);
        Cursor.Accept("ONLY");
        statement.Uses.Add(SqlObjectName.FromParts(FromLists.ReadName($"a name after {kind}")), TableAccess.Write);
        FromLists.AcceptStar();
        ReadReferences(group: false);
        return kind;
    }

    private string? ReadDrop()
    {
        Cursor.Advance();
        var temporary = Cursor.Accept("TEMPORARY");
        string kind;
        if (Cursor.Accept("TABLE"))
        {
            kind = "DROP TABLE";
        }
        else if (AcceptView())
        {
            kind = "DROP VIEW";
        }
        else if (!temporary && RoutineKind() is { } routine)
        {
            kind = $"DROP {routine}";
        }
        else
        {
            return null;
        }

        var routines = kind is "DROP FUNCTION" or "DROP PROCEDURE";
        AcceptIfExists(not: false);
        do
        {
            SqlObjectName dropped = SqlObjectName.FromParts(FromLists.ReadName($"a name after {kind}"));
            if (routines && Cursor.At(SqlTokenKind.LeftParen))
            {
                // PostgreSQL names a routine's overload by its parameters' types: DROP FUNCTION f(int, text).
                statement.Expressions.SkipParenthesized();
            }

            if (!temporary)
            {
                statement.Uses.Add(dropped, TableAccess.Write, routines);
            }
        }
        while (Cursor.Accept(SqlTokenKind.Comma));

        Cursor.SkipAny("CASCADE", "RESTRICT");
        return kind;
    }

    /// <summary>Reads <c>[IF NOT EXISTS] name</c> and records the name as created, unless it is temporary, and so nobody's.</summary>
    private SqlObjectName ReadCreated(string what, bool temporary)
    {
        AcceptIfExists(not: true);
        SqlObjectName created = SqlObjectName.FromParts(FromLists.ReadName(what));
        if (!temporary)
        {
            statement.Uses.Add(created, TableAccess.Create);
        }

        return created;
    }

    /// <summary>Moves past <c>[MATERIALIZED] VIEW</c> and says so; moves nowhere at any other words.</summary>
    private bool AcceptView()
    {
        if (!Cursor.At("VIEW") && !(Cursor.At("MATERIALIZED") && Cursor.Peek(1).Is("VIEW")))
        {
            return false;
        }

        Cursor.Accept("MATERIALIZED");
        Cursor.Advance();
        return true;
    }

    /// <summary>Moves past <c>FUNCTION</c> or <c>PROCEDURE</c> and gives it; null, moving nowhere, at any other word.</summary>
    private string? RoutineKind() =>
        Cursor.Accept("FUNCTION") ? "FUNCTION" : Cursor.Accept("PROCEDURE") ? "PROCEDURE" : null;

    /// <summary>Moves past <c>IF EXISTS</c>, or <c>IF NOT EXISTS</c> when <paramref name="not"/>.</summary>
    private void AcceptIfExists(bool not)
    {
        if (Cursor.At("IF") && (not ? Cursor.Peek(1).Is("NOT") && Cursor.Peek(2).Is("EXISTS") : Cursor.Peek(1).Is("EXISTS")))
        {
            Cursor.Advance();
            Cursor.Accept("NOT");
            Cursor.Advance();
        }
    }

    /// <summary>
    /// Reads on to the end of the statement, or with <paramref name="group"/> to the close of the parenthesis the cursor
    /// is at (a table's columns and constraints): each <c>REFERENCES table</c> of a foreign key reads that table.
    /// </summary>
    private void ReadReferences(bool group)
    {
        int start = Cursor.Position;
        var opens = new Stack<SqlToken>();
        while (opens.Count > 0 || (group ? Cursor.Position == start : !Cursor.AtStatementEnd))
        {
            if (Cursor.At(SqlTokenKind.End))
            {
                throw new SqlSyntaxException(opens.Peek(), "this '(' is never closed");
            }

            if (Cursor.Accept("REFERENCES"))
            {
                statement.Uses.Add(SqlObjectName.FromParts(FromLists.ReadName("a table name after REFERENCES")), TableAccess.Read);
                continue;
            }

            SqlToken token = Cursor.Advance();
            if (token.Kind == SqlTokenKind.LeftParen)
            {
                opens.Push(token);
            }
            else if (token.Kind == SqlTokenKind.RightParen && !opens.TryPop(out _))
            {
                throw new SqlSyntaxException(token, $"unexpected {token.Describe()}");
            }
        }
    }
}
