using System.Text;
using FitnessKit.Loading.Il;
using FitnessKit.Model;
using FitnessKit.Sql;

namespace FitnessKit.Tables;

/// <summary>
/// Finds the SQL an assembly's code sends (<see cref="SqlSink"/>), rebuilt from the IL (<see cref="TextOperations"/>),
/// and the string constants that are SQL by their shape; parses each (<see cref="SqlAnalyzer"/>) into statements and
/// the tables they read and write. SQL that cannot be rebuilt or parsed is kept as a <see cref="SqlProblem"/>, never
/// dropped.
/// </summary>
internal sealed class SqlUseReader(Func<string, CodeAnchor, SourceLocation?> locate, SqlHelpers helpers, bool outsideContexts = false, Lazy<GenericClosings>? closings = null)
{
    private const string ConstantApi = "a SQL-shaped string constant";
    private const string ScriptApi = "an embedded SQL script";
    private const string MigrationApi = "a FluentMigrator migration";
    private const string EfMigrationApi = "an EF Core migration";
    private const string DiskScriptApi = "a SQL script its runner reads from disk";
    private const string TypeParameterName = "a table name in it is the name of a type parameter, known only where a type closes the generic type or code calls it, and nothing here does";
    private const string FromCallers = "the SQL is a parameter of this method, so it is built by its callers and not read here";

    // The sinks of helpers, whose SQL is their parameter: listed as not read only if no call of the helper is read.
    private readonly List<(string Assembly, MethodOwner Method, int Offset, SqlProblem Problem)> _helperSinks = new();

    public List<SqlStatement> Statements { get; } = new();

    public List<SqlProblem> Problems { get; } = new();

    /// <summary>
    /// Gets the statements a generic base type's SQL makes for each type of a context that closes it (<see
    /// cref="GenericClosings"/>), each the closing type's: kept apart when this reader reads assemblies of no context, as
    /// they are judged with the contexts' statements.
    /// </summary>
    public List<SqlStatement> Closed { get; } = new();

    /// <summary>Gets what of that SQL could not be read, kept apart as <see cref="Closed"/> is.</summary>
    public List<SqlProblem> ClosedProblems { get; } = new();

    /// <summary>Reads the SQL of the methods of an assembly whose user type passes <paramref name="inScope"/>.</summary>
    public void Read(DataAssembly assembly, Func<TypeName, bool> inScope, SqlDialect assemblyDialect) =>
        assembly.Guard(() => ReadUnguarded(assembly, inScope, assemblyDialect));

    private bool ReadUnguarded(DataAssembly assembly, Func<TypeName, bool> inScope, SqlDialect assemblyDialect)
    {
        if (!assembly.MayHoldSql() && !helpers.MayBeCalledFrom(assembly))
        {
            return true;
        }

        var sent = new List<string>();
        var methods = assembly.Methods().Where(m => inScope(m.Type)).ToList();
        foreach (var method in methods)
        {
            foreach (var call in assembly.Trace(method.Method).Calls)
            {
                // SQL of no context is only counted: a helper it calls is still one whose SQL no context hands it.
                if ((SqlSink.Of(call) ?? helpers.SinkOf(call, read: !outsideContexts)) is not { } sink)
                {
                    if (SqlFileLoad.Of(call) is { } load)
                    {
                        ReadFromDisk(assembly, method, load, load.Dialect != SqlDialect.Unknown ? load.Dialect : assemblyDialect, locate(assembly.Path, CodeAnchor.ForMethod(method.TypeToken, method.MethodToken, call.Offset)));
                    }

                    continue;
                }

                var location = locate(assembly.Path, CodeAnchor.ForMethod(method.TypeToken, method.MethodToken, call.Offset));
                var isHelper = helpers.At(assembly.Name, method, call.Offset).IsHelper;
                var sql = sink.Sql is TypedValue { Captured: not null } && !isHelper ? Captured(assembly, method, call.Offset) ?? sink.Sql : sink.Sql;
                if (sql is not TextValue text)
                {
                    if (isHelper)
                    {
                        _helperSinks.Add((assembly.Name, method, call.Offset, new SqlProblem(method.Type, method.Member, sink.Api, null, FromCallers, location)));
                    }
                    else
                    {
                        Problems.Add(new SqlProblem(method.Type, method.Member, sink.Api, null, Unknown(sink.Sql), location));
                    }

                    continue;
                }

                var dialect = sink.Dialect != SqlDialect.Unknown ? sink.Dialect : assemblyDialect;
                if (AddClosed(method, sink, text, dialect, location, sent))
                {
                    continue;
                }

                if (isHelper && text.NamesTypeParameter)
                {
                    // Read at each call of it, with the called type's arguments: listed as not read only if no call is read.
                    _helperSinks.Add((assembly.Name, method, call.Offset, new SqlProblem(method.Type, method.Member, sink.Api, Display(text), TypeParameterName, location)));
                    continue;
                }

                // A destination's name is read as the one table a statement writes, with the dialect's quoting rules.
                var rendered = sink.TableName ? $"INSERT INTO {Render(text, false)} VALUES (1)" : Render(text, sink.NumberedParameters);
                sent.AddRange(text.Parts.Where(p => !p.IsHole).Select(p => p.Literal!));
                Add(SqlAnalyzer.Analyze(rendered, dialect), method, sink.Api, Display(text), location);
            }
        }

        foreach (var method in methods)
        {
            var trace = assembly.Trace(method.Method);
            foreach (var migration in FluentMigration.Read(trace))
            {
                AddMigration(migration, MigrationApi, method, assemblyDialect, locate(assembly.Path, CodeAnchor.ForMethod(method.TypeToken, method.MethodToken, migration.Offset)));
            }

            foreach (var migration in EfMigration.Read(trace, target => assembly.FindMethod(target) is { IsNil: false } handle ? assembly.Trace(handle) : null))
            {
                AddMigration(migration, EfMigrationApi, method, assemblyDialect, locate(assembly.Path, CodeAnchor.ForMethod(method.TypeToken, method.MethodToken, migration.Offset)));
            }
        }

        foreach (var method in methods)
        {
            foreach (var (offset, literal) in assembly.Trace(method.Method).Literals)
            {
                if (literal.Length < 12 || sent.Exists(s => s.Contains(literal, StringComparison.Ordinal) || (s.Length >= 12 && literal.Contains(s, StringComparison.Ordinal))))
                {
                    continue;
                }

                var analysis = SqlAnalyzer.AnalyzeIfSql(literal, assemblyDialect);
                if (analysis.Kind == SqlTextKind.Sql)
                {
                    Add(analysis, method, ConstantApi, literal, locate(assembly.Path, CodeAnchor.ForMethod(method.TypeToken, method.MethodToken, offset)));
                }
            }
        }

        return true;
    }

    /// <summary>
    /// SQL that a method of a generic type builds from a name of its type parameter (<c>$"SELECT ... FROM
    /// \"{typeof(TRow).Name}s\""</c>): read once for each type of a context that closes the type, as that type's SQL,
    /// with the name its type argument gives; <see langword="false"/> when the text names no type parameter, or no type
    /// closes it (the name then a hole, computed at run time as far as anything here can tell).
    /// </summary>
    private bool AddClosed(MethodOwner method, SqlSink sink, TextValue text, SqlDialect dialect, SourceLocation? location, List<string> sent)
    {
        // A context's reader judges the closings of the contexts; the reader of no context's assemblies counts the others.
        if (closings is null || !text.NamesTypeParameter
            || closings.Value.Of(method.Type).Where(c => c.InContext || outsideContexts).ToList() is not { Count: > 0 } closers)
        {
            return false;
        }

        sent.AddRange(text.Parts.Where(p => !p.IsHole).Select(p => p.Literal!));
        foreach (var (closing, arguments, inContext) in closers)
        {
            var filled = text.WithTypeNames(new TypeSubstitution(arguments, []).Apply);
            var rendered = sink.TableName ? $"INSERT INTO {Render(filled, false)} VALUES (1)" : Render(filled, sink.NumberedParameters);
            var (statements, problems) = (Statements.Count, Problems.Count);
            var inherited = $"{sink.Api} in {ClosedGenericName.Of(method.Type, arguments)}, which it inherits";
            Add(SqlAnalyzer.Analyze(rendered, dialect), closing, method.Member, inherited, Display(filled), location, scriptFile: null);
            if (outsideContexts && inContext)
            {
                Closed.AddRange(Statements.Skip(statements));
                ClosedProblems.AddRange(Problems.Skip(problems));
                Statements.RemoveRange(statements, Statements.Count - statements);
                Problems.RemoveRange(problems, Problems.Count - problems);
            }
        }

        return true;
    }

    /// <summary>The SQL a lambda sends from a variable its closure captured (a local of its member), read as the member creates the lambda.</summary>
    private TextValue? Captured(DataAssembly assembly, MethodOwner lambda, int offset)
    {
        foreach (var trace in assembly.TracesAsCreated(lambda))
        {
            foreach (var call in trace.Calls)
            {
                if (call.Offset == offset && (SqlSink.Of(call) ?? helpers.SinkOf(call, false)) is { Sql: TextValue text })
                {
                    return text;
                }
            }
        }

        return null;
    }

    /// <summary>After every assembly is read: the helpers' sinks that no read call of their helper gave SQL to, as not read.</summary>
    public void Finish()
    {
        foreach (var (assembly, method, offset, problem) in _helperSinks)
        {
            if (!helpers.At(assembly, method, offset).Called)
            {
                Problems.Add(problem);
            }
        }

        _helperSinks.Clear();
    }

    /// <summary>
    /// Reads the SQL scripts an assembly embeds (<c>.sql</c> resources: DbUp's migrations, queries kept in files), each
    /// statement on its own, at its line of the script's file when the file is found beside the assembly's sources. A
    /// script belongs to the context of its assembly, or of the namespace its resource name starts with.
    /// </summary>
    public void ReadScripts(DataAssembly assembly, Func<TypeName, bool> inScope, SqlDialect dialect, IReadOnlyList<EmbeddedScript> scripts)
    {
        ScriptFiles? files = null;
        foreach (var script in scripts)
        {
            var source = ScriptSource(assembly.Name, script.Name);
            if (inScope(source))
            {
                files ??= ScriptFiles.Of(assembly);
                ReadScript(script, source, files.Find(script.Name), dialect, ScriptApi);
            }
        }
    }

    /// <summary>
    /// Reads the scripts a runner reads from disk at run time where the build copied them, beside the assembly, each at
    /// its lines of its source in the project (else of the copy); the call is listed as not read when none is there.
    /// </summary>
    private void ReadFromDisk(DataAssembly assembly, MethodOwner method, SqlFileLoad load, SqlDialect dialect, SourceLocation? location)
    {
        var path = load.Path is TextValue { IsConstant: true } constant ? Display(constant) : null;
        if (path is null || DiskScripts.Beside(assembly.Path, path) is not { } scripts)
        {
            var named = path is null ? string.Empty : $" ({path})";
            Problems.Add(new SqlProblem(method.Type, method.Member, load.Api, null,
                $"the SQL is in files the runner reads at run time{named}, which are not beside the assembly, so FitnessKit cannot read them: copy them to the build's output, or embed them in the assembly",
                location));
            return;
        }

        var files = ScriptFiles.Of(assembly);
        foreach (var (script, copy) in scripts)
        {
            ReadScript(script, ScriptSource(assembly.Name, $"{assembly.Name}.{script.Name.Replace('/', '.')}"), files.FindCopy(script.Name) ?? copy, dialect, DiskScriptApi);
        }
    }

    /// <summary>Reads one script, each statement at its line of <paramref name="file"/>; a script that does not read as a whole is read piece by piece.</summary>
    private void ReadScript(EmbeddedScript script, TypeName source, string? file, SqlDialect dialect, string api)
    {
        if (script.Text is null)
        {
            Problems.Add(new SqlProblem(source, string.Empty, api, null, script.Problem ?? "it could not be read", file is null ? null : new SourceLocation(file, 1)));
            return;
        }

        var analysis = SqlAnalyzer.Analyze(script.Text, dialect, statementTexts: true);
        if (analysis.Kind == SqlTextKind.Sql || SqlScriptPieces.Split(script.Text, dialect) is not { Count: > 1 } pieces)
        {
            Add(analysis, source, string.Empty, api, script.Text, file is null ? null : new SourceLocation(file, 1), file);
            return;
        }

        // One piece a reader does not know leaves the others read: each batch or statement on its own, at its line.
        foreach (var (text, line) in pieces)
        {
            var piece = SqlAnalyzer.Analyze(text, dialect, statementTexts: true);
            var at = file is null ? null : new SourceLocation(file, line);
            Add(piece.Kind == SqlTextKind.Unparseable ? piece with { Problem = SqlScriptPieces.InScript(piece.Problem!, line) } : piece, source, string.Empty, api, text, at, file, line);
        }
    }

    /// <summary>
    /// A script as the source of its SQL: named by its resource, in the namespace its name starts with
    /// (<c>Billing.Database.Scripts</c> for <c>Billing.Database.Scripts.0001_CreateInvoices.sql</c>), so a context of
    /// namespaces owns it as it owns the assembly's types there.
    /// </summary>
    private static TypeName ScriptSource(string assembly, string resource)
    {
        var extension = resource.LastIndexOf('.');
        var dot = extension > 0 ? resource.LastIndexOf('.', extension - 1) : -1;
        return dot < 0 ? new TypeName(assembly, string.Empty, resource) : new TypeName(assembly, resource[..dot], resource[(dot + 1)..]);
    }

    private void Add(SqlAnalysis analysis, MethodOwner method, string api, string text, SourceLocation? location) =>
        Add(analysis, method.Type, method.Member, api, text, location, scriptFile: null);

    /// <summary>Adds the statements of <paramref name="analysis"/>, or its problem; a script's statements each with its own text and line (its text starting at line <paramref name="firstLine"/> of the script).</summary>
    private void Add(SqlAnalysis analysis, TypeName type, string member, string api, string text, SourceLocation? location, string? scriptFile, int firstLine = 1)
    {
        if (analysis.Kind != SqlTextKind.Sql)
        {
            Problems.Add(new SqlProblem(type, member, api, text, analysis.Kind == SqlTextKind.NotSql ? "it is not SQL" : analysis.Problem ?? "it does not parse", location));
            return;
        }

        var dialect = Public(analysis.DialectUsed);
        foreach (var statement in analysis.Statements)
        {
            var tables = new List<StatementTable>();
            foreach (var use in statement.Tables)
            {
                if (use.Table.NameIsHole || use.Table.Name is null)
                {
                    Problems.Add(new SqlProblem(type, member, api, text, "a table name in it is computed at run time, so which table it touches is not known", location));
                    continue;
                }

                var name = TableNames.Create(use.Table.Schema, use.Table.Name, dialect, use.Table.NameQuoted, use.Table.SchemaQuoted, use.Table.SchemaIsHole);
                if (use.Table.Database is { } database)
                {
                    // Which database of the context map it names, if any, is the catalog's to decide (TableCatalog.Databases).
                    name = name with { WrittenDatabase = database };
                }
                else if (dialect == SqlDialectName.MySql && use.Table.Schema is not null)
                {
                    // MySQL's schema is a database: the catalog decides which it is by whether the map names databases.
                    name = name with { SchemaIsMySqlDatabase = true };
                }

                tables.Add(new StatementTable(name, use.Access switch { TableAccess.Write => TableAccessKind.Write, TableAccess.Create => TableAccessKind.Create, TableAccess.Execute => TableAccessKind.Execute, _ => TableAccessKind.Read })
                {
                    IsRoutine = use.Routine,
                });
            }

            Statements.Add(new SqlStatement
            {
                SourceType = type,
                SourceMember = member,
                Api = api,
                Dialect = dialect,
                Text = statement.Text ?? text,
                Index = statement.Index,
                Tables = [.. tables.Distinct()],
                Location = scriptFile is null ? location : new SourceLocation(scriptFile, firstLine - 1 + statement.Line),
                Routine = statement.Routine,
            });
        }
    }

    /// <summary>A migration's operation, as the statement its runner would send: the tables it creates, writes and references.</summary>
    private void AddMigration(MigrationStatement migration, string api, MethodOwner method, SqlDialect assemblyDialect, SourceLocation? location)
    {
        var dialect = Public(assemblyDialect);
        var tables = new List<StatementTable>();
        foreach (var table in migration.Tables)
        {
            if (table.Name is not TextValue { IsConstant: true } name)
            {
                Problems.Add(new SqlProblem(method.Type, method.Member, api, migration.Text, "a table name in it is computed at run time, so which table it touches is not known", location));
                continue;
            }

            var schema = (table.Schema as TextValue)?.Constant;
            var named = TableNames.Create(schema, name.Constant!, dialect, quoted: true, schemaUnknown: table.Schema is not null && schema is null);
            tables.Add(new StatementTable(named, table.Access switch { TableAccess.Write => TableAccessKind.Write, TableAccess.Create => TableAccessKind.Create, _ => TableAccessKind.Read }));
        }

        Statements.Add(new SqlStatement
        {
            SourceType = method.Type,
            SourceMember = method.Member,
            Api = api,
            Dialect = dialect,
            Text = migration.Text,
            Tables = [.. tables.Distinct()],
            Location = location,
        });
    }

    public static SqlDialectName Public(SqlDialect dialect) => dialect switch
    {
        SqlDialect.SqlServer => SqlDialectName.SqlServer,
        SqlDialect.PostgreSql => SqlDialectName.PostgreSql,
        SqlDialect.Sqlite => SqlDialectName.Sqlite,
        SqlDialect.MySql => SqlDialectName.MySql,
        _ => SqlDialectName.Unknown,
    };

    private static string Unknown(IlValue value) => value switch
    {
        ArgumentValue => FromCallers,
        CallResultValue call => $"the SQL is returned by {call.Method}, which could not be read",
        _ => "the SQL is computed at run time and could not be rebuilt",
    };

    /// <summary>The text with each hole as a placeholder the parsers take for a name; with numbered parameters, <c>{0}</c> is a hole too.</summary>
    private static string Render(TextValue text, bool numberedParameters)
    {
        var holes = 0;
        var builder = new StringBuilder();
        foreach (var part in text.Parts)
        {
            if (part.IsHole)
            {
                builder.Append(SqlAnalyzer.Hole(holes++));
            }
            else if (!numberedParameters)
            {
                builder.Append(part.Literal);
            }
            else
            {
                AppendWithNumberedParameters(builder, part.Literal!, ref holes);
            }
        }

        return builder.ToString();
    }

    private static void AppendWithNumberedParameters(StringBuilder builder, string literal, ref int holes)
    {
        for (var i = 0; i < literal.Length; i++)
        {
            var end = literal[i] == '{' ? literal.IndexOf('}', i) : -1;
            if (end > i + 1 && literal.AsSpan(i + 1, end - i - 1).ToString().All(char.IsAsciiDigit))
            {
                builder.Append(SqlAnalyzer.Hole(holes++));
                i = end;
            }
            else
            {
                builder.Append(literal[i]);
            }
        }
    }

    private static string Display(TextValue text) => text.Render(_ => "{?}");
}
