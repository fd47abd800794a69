using System.Text;

using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace FitnessKit.Sql;

/// <summary>
/// Reads T-SQL with ScriptDom: parses the text, reports the first parse error as the problem, and lists the
/// statements with their tables. Blocks (BEGIN..END, IF, WHILE, TRY..CATCH) and the bodies of procedures, functions and
/// triggers are opened, so that each statement in them is a statement of its own, and an IF or WHILE condition is a
/// statement of kind IF or WHILE. Dapper's list
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

    private static void AddOpened(TSqlStatement statement, List<SqlStatementInfo> statements, bool texts, bool inTrigger = false, string? routine = null)
    {
        switch (statement)
        {
            case BeginEndBlockStatement block:
                AddAll(block.StatementList, statements, texts, inTrigger, routine);
                break;
            case TryCatchStatement tryCatch:
                AddAll(tryCatch.TryStatements, statements, texts, inTrigger, routine);
                AddAll(tryCatch.CatchStatements, statements, texts, inTrigger, routine);
                break;
            case IfStatement conditional:
                Add("IF", conditional.Predicate, statements, texts, inTrigger, routine: routine);
                AddOpened(conditional.ThenStatement, statements, texts, inTrigger, routine);
                if (conditional.ElseStatement is { } otherwise)
                {
                    AddOpened(otherwise, statements, texts, inTrigger, routine);
                }

                break;
            case WhileStatement loop:
                Add("WHILE", loop.Predicate, statements, texts, inTrigger, routine: routine);
                AddOpened(loop.Statement, statements, texts, inTrigger, routine);
                break;
            case ProcedureStatementBodyBase or TriggerStatementBody when BodyOf(statement) is { } body:
                // A routine's or a trigger's definition is a statement of its own, and so is each statement of its body, at
                // its own line: a procedure that updates two contexts' tables in two statements joins neither.
                Add(KindOf(statement), statement, statements, texts, inTrigger, bodyApart: true, routine: routine);
                AddAll(body, statements, texts, inTrigger: statement is TriggerStatementBody, RoutineOf(statement));
                break;
            default:
                Add(KindOf(statement), statement, statements, texts, inTrigger, routine: routine);
                break;
        }
    }

    /// <summary>The statements of a procedure's, a multi-statement function's or a trigger's body; null for an inline function, whose query is its definition, as a view's is.</summary>
    private static StatementList? BodyOf(TSqlStatement statement) => statement switch
    {
        ProcedureStatementBodyBase routine => routine.StatementList,
        TriggerStatementBody trigger => trigger.StatementList,
        _ => null,
    };

    /// <summary>The routine or trigger a definition creates, as a statement of its body names it: <c>procedure ops.usp_CloseAccount</c>.</summary>
    private static string? RoutineOf(TSqlStatement statement) => statement switch
    {
        ProcedureStatementBody procedure => $"procedure {NameOf(procedure.ProcedureReference?.Name)}",
        FunctionStatementBody function => $"function {NameOf(function.Name)}",
        TriggerStatementBody trigger => $"trigger {NameOf(trigger.Name)}",
        _ => null,
    };

    private static string NameOf(SchemaObjectName? name) =>
        name is null ? "?" : name.SchemaIdentifier is { } schema ? $"{schema.Value}.{name.BaseIdentifier.Value}" : name.BaseIdentifier.Value;

    private static void AddAll(StatementList? list, List<SqlStatementInfo> statements, bool texts, bool inTrigger, string? routine)
    {
        foreach (TSqlStatement statement in list?.Statements ?? [])
        {
            AddOpened(statement, statements, texts, inTrigger, routine);
        }
    }

    private static void Add(string kind, TSqlFragment fragment, List<SqlStatementInfo> statements, bool texts, bool inTrigger, bool bodyApart = false, string? routine = null) =>
        statements.Add(new SqlStatementInfo(kind, TSqlTableVisitor.Collect(fragment, inTrigger, bodyApart), statements.Count, fragment.StartLine)
        {
            Text = texts ? TextOf(fragment) : null,
            Routine = routine,
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
