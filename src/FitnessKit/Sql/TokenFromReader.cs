namespace FitnessKit.Sql;

/// <summary>
/// Reads FROM and USING lists for the token reader: comma joins, JOIN ... ON/USING, CROSS/OUTER APPLY, LATERAL,
/// ONLY, derived tables, parenthesized joins, table functions (not tables), aliases and table hints. Each table
/// met is recorded as read.
/// </summary>
internal sealed class TokenFromReader(TokenStatementReader statement)
{
    private readonly TokenTableHintReader _hints = new(statement);

    private TokenCursor Cursor => statement.Cursor;

    /// <summary>Reads a FROM list and returns its items.</summary>
    public List<FromItem> ReadList()
    {
        var items = new List<FromItem>();
        ReadListInto(items);
        return items;
    }

    /// <summary>Reads the joins and comma items that follow an item already read (MySQL's multi-table UPDATE).</summary>
    public void ContinueList(List<FromItem> items)
    {
        ReadJoins(items);
        while (Cursor.Accept(SqlTokenKind.Comma))
        {
            ReadJoined(items);
        }
    }

    /// <summary>Reads one item without joins: a table, a derived table or a table function, with its alias.</summary>
    public void ReadItem(List<FromItem> items)
    {
        Cursor.Accept("LATERAL");
        if (Cursor.At(SqlTokenKind.LeftParen))
        {
            ReadParenthesizedItem(items);
            return;
        }

        if (Cursor.Accept(SqlTokenKind.Parameter))
        {
            items.Add(new FromItem(ReadAlias(), -1));
            return;
        }

        Cursor.Accept("ONLY");
        List<SqlNamePart> parts = ReadName("a table name");
        if (Cursor.At(SqlTokenKind.LeftParen))
        {
            // A function that returns rows: one of a schema is a routine of the code base's, called (the built-in ones,
            // generate_series, unnest, json_each, are written without a schema).
            if (parts.Count > 1)
            {
                statement.Uses.Add(SqlObjectName.FromParts(parts), TableAccess.Execute);
            }

            statement.Expressions.SkipParenthesized();
            if (Cursor.At("WITH") && Cursor.Peek(1).Is("ORDINALITY"))
            {
                Cursor.Advance();
                Cursor.Advance();
            }

            items.Add(new FromItem(ReadAlias() ?? parts[^1].Text, -1));
            return;
        }

        AcceptStar();
        if (Cursor.At("PARTITION") && Cursor.Peek(1).Kind == SqlTokenKind.LeftParen)
        {
            Cursor.Advance();
            statement.Expressions.SkipParenthesized();
        }

        string? alias = ReadAlias();
        _hints.Skip();
        SqlObjectName table = SqlObjectName.FromParts(parts);
        items.Add(new FromItem(alias ?? table.Name, statement.Uses.Add(table, TableAccess.Read)));
    }

    /// <summary>Reads an optional alias (<c>AS x</c>, <c>x</c>, <c>x(a, b)</c>) and returns it, or null.</summary>
    public string? ReadAlias()
    {
        SqlToken token = Cursor.Current;
        string alias;
        if (Cursor.Accept("AS"))
        {
            alias = ReadNamePart("an alias after AS").Text;
        }
        else if (token.Kind == SqlTokenKind.QuotedIdentifier
            || (token.Kind == SqlTokenKind.Word && !token.IsAny(SqlKeywords.NotNames)))
        {
            alias = Cursor.Advance().Value;
        }
        else
        {
            return null;
        }

        if (Cursor.At(SqlTokenKind.LeftParen))
        {
            statement.Expressions.SkipParenthesized();
        }

        return alias;
    }

    /// <summary>Reads a dotted name (<c>db.schema.table</c>, <c>"quoted"</c>, <c>db..table</c>), stopping before <c>.*</c>.</summary>
    public List<SqlNamePart> ReadName(string what)
    {
        var parts = new List<SqlNamePart> { ReadNamePart(what) };
        while (Cursor.At(SqlTokenKind.Dot) && Cursor.Peek(1).Text != "*")
        {
            Cursor.Advance();
            if (Cursor.At(SqlTokenKind.Dot))
            {
                parts.Add(new SqlNamePart("", Quoted: false));
                continue;
            }

            parts.Add(ReadNamePart("a name after '.'"));
        }

        return parts;
    }

    /// <summary>Moves past a <c>*</c> after a name (<c>ONLY t *</c>, <c>DELETE t.*</c>).</summary>
    public void AcceptStar()
    {
        if (Cursor.At(SqlTokenKind.Dot) && Cursor.Peek(1).Text == "*")
        {
            Cursor.Advance();
        }

        if (Cursor.Current is { Kind: SqlTokenKind.Operator, Text: "*" })
        {
            Cursor.Advance();
        }
    }

    private void ReadListInto(List<FromItem> items)
    {
        do
        {
            ReadJoined(items);
        }
        while (Cursor.Accept(SqlTokenKind.Comma));
    }

    private void ReadJoined(List<FromItem> items)
    {
        ReadItem(items);
        ReadJoins(items);
    }

    private void ReadJoins(List<FromItem> items)
    {
        while (AcceptJoin(out bool hasCondition))
        {
            ReadItem(items);
            if (hasCondition && Cursor.Accept("ON"))
            {
                statement.Expressions.Skip();
            }
            else if (hasCondition && Cursor.At("USING"))
            {
                Cursor.Advance();
                statement.Expressions.SkipParenthesized();
            }
        }
    }

    private bool AcceptJoin(out bool hasCondition)
    {
        bool natural = Cursor.Accept("NATURAL");
        hasCondition = !natural;
        if ((Cursor.At("CROSS") || Cursor.At("OUTER")) && (Cursor.Peek(1).Is("JOIN") || Cursor.Peek(1).Is("APPLY")))
        {
            Cursor.Advance();
            Cursor.Advance();
            hasCondition = false;
            return true;
        }

        if (Cursor.Accept("INNER"))
        {
            Cursor.Expect("JOIN", "after INNER");
            return true;
        }

        if ((Cursor.At("LEFT") || Cursor.At("RIGHT") || Cursor.At("FULL")) && Cursor.Peek(1).Kind != SqlTokenKind.LeftParen)
        {
            string side = Cursor.Advance().Text;
            Cursor.Accept("OUTER");
            Cursor.Expect("JOIN", $"after {side}");
            return true;
        }

        if (Cursor.Accept("JOIN") || Cursor.Accept("STRAIGHT_JOIN"))
        {
            return true;
        }

        return natural ? throw Cursor.Error($"expected JOIN after NATURAL but found {Cursor.Current.Describe()}") : false;
    }

    private void ReadParenthesizedItem(List<FromItem> items)
    {
        int opens = 0;
        while (Cursor.Peek(opens).Kind == SqlTokenKind.LeftParen)
        {
            opens++;
        }

        SqlToken open = Cursor.Advance();
        if (TokenExpressionReader.StartsQuery(Cursor.Peek(opens - 1), Cursor.Peek(opens)) && (opens == 1 || InnerGroupIsAQuery()))
        {
            statement.Queries.ReadQuery();
        }
        else
        {
            ReadListInto(items);
        }

        statement.Expressions.ExpectClose(open);
        items.Add(new FromItem(ReadAlias(), -1));
    }

    /// <summary>
    /// Tells <c>((SELECT ..) UNION (..))</c>, a query in parentheses, from <c>((SELECT ..) x JOIN y ..)</c>, a join
    /// in parentheses, by what follows the inner group that starts at the cursor.
    /// </summary>
    private bool InnerGroupIsAQuery()
    {
        int ahead = 0;
        int depth = 0;
        do
        {
            depth += Cursor.Peek(ahead).Kind switch
            {
                SqlTokenKind.LeftParen => 1,
                SqlTokenKind.RightParen => -1,
                _ => 0,
            };
            ahead++;
        }
        while (depth > 0 && Cursor.Peek(ahead).Kind != SqlTokenKind.End);

        SqlToken next = Cursor.Peek(ahead);
        return next.Kind == SqlTokenKind.RightParen
            || next.Is("UNION") || next.Is("INTERSECT") || next.Is("EXCEPT") || next.Is("MINUS")
            || next.Is("ORDER") || next.Is("LIMIT") || next.Is("OFFSET") || next.Is("FETCH");
    }

    private SqlNamePart ReadNamePart(string what)
    {
        SqlToken token = Cursor.Current;
        if (token.Kind == SqlTokenKind.QuotedIdentifier || (token.Kind == SqlTokenKind.Word && !token.IsAny(SqlKeywords.NotNames)))
        {
            Cursor.Advance();
            return new SqlNamePart(token.Value, token.Kind == SqlTokenKind.QuotedIdentifier);
        }

        throw Cursor.Error($"expected {what} but found {token.Describe()}");
    }
}
