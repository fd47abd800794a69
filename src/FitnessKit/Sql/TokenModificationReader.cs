namespace FitnessKit.Sql;

/// <summary>
/// Reads UPDATE (with SET, PostgreSQL's FROM and MySQL's multi-table form), DELETE (with USING and MySQL's
/// multi-table forms), MERGE (with USING and its WHEN clauses) and TRUNCATE for the token reader.
/// </summary>
internal sealed class TokenModificationReader(TokenStatementReader statement)
{
    private TokenCursor Cursor => statement.Cursor;

    private TokenExpressionReader Expressions => statement.Expressions;

    private TokenFromReader FromLists => statement.FromLists;

    /// <summary>Reads the statement when it is an UPDATE, DELETE, MERGE or TRUNCATE, and returns its kind; null otherwise.</summary>
    public string? TryRead()
    {
        SqlToken first = Cursor.Current;
        if (first.Is("UPDATE"))
        {
            ReadUpdate();
        }
        else if (first.Is("DELETE"))
        {
            ReadDelete();
        }
        else if (first.Is("MERGE"))
        {
            ReadMerge();
        }
        else if (first.Is("TRUNCATE"))
        {
            ReadTruncate();
        }
        else
        {
            return null;
        }

        return first.Text.ToUpperInvariant();
    }

    /// <summary>Reads the optional RETURNING list, ORDER BY and LIMIT that close a modification.</summary>
    public void ReadReturningAndLimits()
    {
        while (true)
        {
            if (Cursor.Accept("RETURNING"))
            {
                statement.Queries.ReadItems("a list after RETURNING");
            }
            else if (Cursor.Accept("ORDER"))
            {
                Cursor.Expect("BY", "after ORDER");
                Expressions.SkipList();
            }
            else if (Cursor.Accept("LIMIT"))
            {
                Expressions.Skip();
            }
            else
            {
                return;
            }
        }
    }

    private void ReadUpdate()
    {
        Cursor.Advance();
        if (Cursor.Accept("OR"))
        {
            Cursor.Advance();
        }

        Cursor.SkipAny("LOW_PRIORITY", "IGNORE", "ONLY");
        SqlObjectName target = SqlObjectName.FromParts(FromLists.ReadName("a table name after UPDATE"));
        FromLists.AcceptStar();
        bool aliased = FromLists.ReadAlias() is not null;
        List<FromItem> items = [];
        if (!Cursor.At("SET"))
        {
            // MySQL's multi-table UPDATE a JOIN b ON .. SET ..: the first table is the one written.
            statement.Uses.Add(target, TableAccess.Write);
            FromLists.ContinueList(items);
            Cursor.Expect("SET", "after the tables of UPDATE");
            Expressions.SkipAssignments();
            Expressions.SkipWhere();
            ReadReturningAndLimits();
            return;
        }

        Cursor.Advance();
        Expressions.SkipAssignments();
        if (Cursor.Accept("FROM"))
        {
            items = FromLists.ReadList();
        }

        Expressions.SkipWhere();
        ReadReturningAndLimits();
        WriteTarget(target, aliased, items);
    }

    private void ReadDelete()
    {
        Cursor.Advance();
        Cursor.SkipAny("LOW_PRIORITY", "QUICK", "IGNORE");
        bool fromFirst = Cursor.Accept("FROM");
        var targets = new List<(SqlObjectName Table, bool Aliased)>();
        do
        {
            Cursor.Accept("ONLY");
            SqlObjectName table = SqlObjectName.FromParts(FromLists.ReadName("a table name after DELETE"));
            FromLists.AcceptStar();
            targets.Add((table, FromLists.ReadAlias() is not null));
        }
        while (Cursor.Accept(SqlTokenKind.Comma));

        // DELETE FROM t [USING a, b] (PostgreSQL, MySQL), or DELETE t1, t2 FROM t1 JOIN t2 (MySQL).
        if (!fromFirst)
        {
            Cursor.Expect("FROM", "after the tables of DELETE");
        }

        List<FromItem> items = !fromFirst || Cursor.Accept("USING") ? FromLists.ReadList() : [];
        Expressions.SkipWhere();
        ReadReturningAndLimits();
        foreach ((SqlObjectName table, bool aliased) in targets)
        {
            WriteTarget(table, aliased, items);
        }
    }

    private void ReadMerge()
    {
        Cursor.Advance();
        Cursor.Accept("INTO");
        SqlObjectName target = SqlObjectName.FromParts(FromLists.ReadName("a table name after MERGE INTO"));
        statement.Uses.Add(target, TableAccess.Write);
        FromLists.ReadAlias();
        Cursor.Expect("USING", "after the MERGE target");
        FromLists.ReadItem([]);
        Cursor.Expect("ON", "after the MERGE source");
        Expressions.Skip();
        if (!Cursor.At("WHEN"))
        {
            throw Cursor.Error($"expected WHEN after the MERGE condition but found {Cursor.Current.Describe()}");
        }

        while (Cursor.Accept("WHEN"))
        {
            ReadMergeClause();
        }

        ReadReturningAndLimits();
    }

    private void ReadMergeClause()
    {
        Cursor.Accept("NOT");
        Cursor.Expect("MATCHED", "after WHEN");
        if (Cursor.Accept("BY"))
        {
            Cursor.Advance();
        }

        if (Cursor.Accept("AND"))
        {
            Expressions.Skip();
        }

        Cursor.Expect("THEN", "in a WHEN clause of MERGE");
        if (Cursor.Accept("UPDATE"))
        {
            Cursor.Expect("SET", "after THEN UPDATE");
            Expressions.SkipAssignments();
        }
        else if (Cursor.Accept("INSERT"))
        {
            if (Cursor.At(SqlTokenKind.LeftParen))
            {
                Expressions.SkipParenthesized();
            }

            statement.Inserts.ReadSource();
        }
        else if (Cursor.Accept("DO"))
        {
            Cursor.Expect("NOTHING", "after DO");
        }
        else
        {
            Cursor.Expect("DELETE", "after THEN");
        }
    }

    private void ReadTruncate()
    {
        Cursor.Advance();
        Cursor.Accept("TABLE");
        do
        {
            Cursor.Accept("ONLY");
            SqlObjectName table = SqlObjectName.FromParts(FromLists.ReadName("a table name after TRUNCATE"));
            statement.Uses.Add(table, TableAccess.Write);
            FromLists.AcceptStar();
        }
        while (Cursor.Accept(SqlTokenKind.Comma));

        Cursor.SkipAny("RESTART", "CONTINUE", "IDENTITY", "CASCADE", "RESTRICT");
    }

    /// <summary>
    /// Records the write of an UPDATE or DELETE target. A bare name that a FROM/USING item exposes (<c>UPDATE o SET ..
    /// FROM Orders o</c>) writes that item's table, whose read it replaces; a name exposed by a subquery or a CTE
    /// writes no table of its own.
    /// </summary>
    private void WriteTarget(SqlObjectName target, bool aliased, List<FromItem> items)
    {
        if (!aliased && target is { Schema: null, SchemaIsHole: false, Database: null, Name: { } name })
        {
            foreach (FromItem item in items)
            {
                if (string.Equals(item.ExposedName, name, StringComparison.OrdinalIgnoreCase))
                {
                    if (item.UseIndex >= 0)
                    {
                        statement.Uses.ChangeToWrite(item.UseIndex);
                    }

                    return;
                }
            }
        }

        statement.Uses.Add(target, TableAccess.Write);
    }
}
