using System.Text;

using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace FitnessKit.Sql;

/// <summary>
/// Reads T-SQL with ScriptDom: parses the text, reports the first parse error as the problem, and lists the
/// statements with their tables. Blocks (BEGIN..END, IF, WHILE, TRY..CATCH) are opened, so that each statement in
/// them is a statement of its own, and an IF or WHILE condition is a statement of kind IF or WHILE. Dapper's list
/// parameters (<c>IN @ids</c>) are read as the lists Dapper makes of them.
/// </summary>
internal static class TSqlTableReader
{
    /// <summary>The statements of <paramref name="text"/> and their tables, or Unparseable with the first parse error.</summary>
    public static SqlAnalysis Read(string text, bool statementTexts = false)
    {
        var parser = new TSql180Parser(initialQuotedIdentifiers: true);
        using var reader = new StringReader(DapperListParameters.Parenthesize(text));
        TSqlFragment script = parser.Parse(reader, out IList<ParseError> errors);
        if (errors.Count > 0)
        {
            return SqlAnalysis.Unparseable(SqlDialect.SqlServer, Describe(errors[0]));
        }

        var statements = new List<SqlStatementInfo>();
        foreach (TSqlBatch batch in ((TSqlScript)script).Batches)
        {
            foreach (TSqlStatement statement in batch.Statements)
            {
                AddOpened(statement, statements, statementTexts);
            }
        }

        return statements.Count == 0
            ? SqlAnalysis.Unparseable(SqlDialect.SqlServer, "the text holds no SQL statement")
            : SqlAnalysis.Read(SqlDialect.SqlServer, statements);
    }

    private static void AddOpened(TSqlStatement statement, List<SqlStatementInfo> statements, bool texts)
    {
        switch (statement)
        {
            case BeginEndBlockStatement block:
                AddAll(block.StatementList, statements, texts);
                break;
            case TryCatchStatement tryCatch:
                AddAll(tryCatch.TryStatements, statements, texts);
                AddAll(tryCatch.CatchStatements, statements, texts);
                break;
            case IfStatement conditional:
                Add("IF", conditional.Predicate, statements, texts);
                AddOpened(conditional.ThenStatement, statements, texts);
                if (conditional.ElseStatement is { } otherwise)
                {
                    AddOpened(otherwise, statements, texts);
                }

                break;
            case WhileStatement loop:
                Add("WHILE", loop.Predicate, statements, texts);
                AddOpened(loop.Statement, statements, texts);
                break;
            default:
                Add(KindOf(statement), statement, statements, texts);
                break;
        }
    }

    private static void AddAll(StatementList? list, List<SqlStatementInfo> statements, bool texts)
    {
        foreach (TSqlStatement statement in list?.Statements ?? [])
        {
            AddOpened(statement, statements, texts);
        }
    }

    private static void Add(string kind, TSqlFragment fragment, List<SqlStatementInfo> statements, bool texts) =>
        statements.Add(new SqlStatementInfo(kind, TSqlTableVisitor.Collect(fragment), statements.Count, fragment.StartLine)
        {
            Text = texts ? TextOf(fragment) : null,
        });

    /// <summary>The statement as written, from its first token to its last.</summary>
    private static string TextOf(TSqlFragment fragment)
    {
        var text = new StringBuilder();
        for (int i = fragment.FirstTokenIndex; i <= fragment.LastTokenIndex; i++)
        {
            text.Append(fragment.ScriptTokenStream[i].Text);
        }

        return text.ToString();
    }

    /// <summary>SELECT, INSERT, ... for the statements that use tables; the type's name in words for the others.</summary>
    private static string KindOf(TSqlStatement statement) => statement switch
    {
        SelectStatement => "SELECT",
        InsertStatement => "INSERT",
        UpdateStatement => "UPDATE",
        DeleteStatement => "DELETE",
        MergeStatement => "MERGE",
        TruncateTableStatement => "TRUNCATE",
        PredicateSetStatement or SetVariableStatement => "SET",
        DeclareVariableStatement or DeclareTableVariableStatement => "DECLARE",
        ExecuteStatement => "EXECUTE",
        _ => Words(statement.GetType().Name),
    };

    private static string Words(string typeName)
    {
        string name = typeName.EndsWith("Statement", StringComparison.Ordinal) ? typeName[..^"Statement".Length] : typeName;
        var words = new StringBuilder();
        foreach (char c in name)
        {
            if (char.IsUpper(c) && words.Length > 0)
            {
                words.Append(' ');
            }

            words.Append(char.ToUpperInvariant(c));
        }

        return words.ToString();
    }

    /// <summary><c>line 1, column 15: incorrect syntax near 'FORM'</c>.</summary>
    private static string Describe(ParseError error)
    {
        string message = error.Message.TrimEnd('.');
        if (message.Length > 0)
        {
            message = char.ToLowerInvariant(message[0]) + message[1..];
        }

        return $"line {error.Line}, column {error.Column}: {message}";
    }
}
