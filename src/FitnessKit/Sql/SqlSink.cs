using FitnessKit.Loading.Il;

namespace FitnessKit.Sql;

/// <summary>
/// A call that sends SQL to a database, and which of its arguments is the SQL: Dapper's query and execute methods,
/// EF Core's raw SQL methods, <c>ToSqlQuery</c> and a migration's <c>Sql</c>, ADO.NET command constructors and <c>CommandText</c>, Npgsql's bulk imports and exports
/// (a <c>COPY</c> statement), a bulk copy's destination table (<c>SqlBulkCopy.DestinationTableName</c>), a FluentMigrator
/// migration's <c>Execute.Sql</c>, DbUp's scripts given as text (<c>WithScript</c>, <c>new SqlScript</c>), and linq2db's
/// <c>Query</c>, <c>Execute</c>, <c>SetCommand</c> and <c>FromSql</c>, and a Marten session's <c>Query</c> and <c>QueryAsync</c>.
/// Recognised by the full names of the called methods' declaring types, so FitnessKit needs none of these libraries.
/// </summary>
/// <param name="Api">The called method as a person reads it, such as <c>Dapper.SqlMapper.QueryAsync</c>.</param>
/// <param name="Sql">The value of the SQL argument.</param>
/// <param name="Dialect">The dialect the API tells (an ADO.NET provider's command), or <see cref="SqlDialect.Unknown"/>.</param>
/// <param name="NumberedParameters">Whether <c>{0}</c> in the text is a parameter, as in EF Core's <c>*Raw</c> methods.</param>
/// <param name="TableName">Whether the value is the name of a table the call writes, not a statement (a bulk copy's destination).</param>
internal sealed record SqlSink(string Api, IlValue Sql, SqlDialect Dialect, bool NumberedParameters, bool TableName = false)
{
    private static readonly string[] EfRawSqlTypes =
    [
        "Microsoft.EntityFrameworkCore.RelationalQueryableExtensions",
        "Microsoft.EntityFrameworkCore.RelationalDatabaseFacadeExtensions",
    ];

    /// <summary>The sink a call is, or <see langword="null"/> for a call that sends no SQL.</summary>
    public static SqlSink? Of(CallSite call)
    {
        var method = call.Method;
        var type = method.TypeFullName;
        // Dapper's query and execute methods extend a connection; its other methods that take a string first after
        // their subject (AsTableValuedParameter's and SetTypeName's type name, a parameter prefix) send no SQL.
        if (type == "Dapper.SqlMapper" && call.Arguments.Count > 1
            && (method.ParameterIs(0, "System.Data.IDbConnection") || method.ParameterIs(0, "System.Data.Common.DbConnection")))
        {
            var connection = DialectOf(call.Arguments[0]);
            return method.ParameterIs(1, "System.String") ? new SqlSink(ApiOf(method), call.Arguments[1], connection, false)
                : method.ParameterIs(1, "Dapper.CommandDefinition") && call.Arguments[1] is NewObjectValue { Arguments.Count: > 0 } definition ? new SqlSink(ApiOf(method), definition.Arguments[0], connection, false)
                : null;
        }

        if (EfRawSqlTypes.Contains(type) && call.Arguments.Count > 1
            && (method.Name.StartsWith("FromSql", StringComparison.Ordinal) || method.Name.StartsWith("ExecuteSql", StringComparison.Ordinal) || method.Name.StartsWith("SqlQuery", StringComparison.Ordinal)))
        {
            return new SqlSink(ApiOf(method), call.Arguments[1], SqlDialect.Unknown, method.Name.Contains("Raw", StringComparison.Ordinal));
        }

        // linq2db's DataConnection runs the SQL it is given: Query, Execute, their Proc forms (a routine's name) and SetCommand.
        if (type == "LinqToDB.Data.DataConnectionExtensions" && (method.Name.StartsWith("Query", StringComparison.Ordinal) || method.Name.StartsWith("Execute", StringComparison.Ordinal) || method.Name == "SetCommand")
            && FirstTextAfterSubject(method) is { } sqlAt && call.Arguments.Count > sqlAt)
        {
            return new SqlSink(ApiOf(method), call.Arguments[sqlAt], SqlDialect.Unknown, false);
        }

        // linq2db's FromSql(text), given a RawSqlString (a string converted) or an interpolated string.
        if (type == "LinqToDB.DataExtensions" && method.Name.StartsWith("FromSql", StringComparison.Ordinal) && call.Arguments.Count > 1)
        {
            return new SqlSink(ApiOf(method), call.Arguments[1] is CallResultValue { Method.Name: "op_Implicit", Arguments: [var text] } ? text : call.Arguments[1], SqlDialect.Unknown, false);
        }

        // Marten's Query<T>(sql) and QueryAsync<T>(sql) on a session: a whole statement when it starts with SELECT; else a
        // WHERE clause Marten puts after a SELECT of T's own document table, which names no other table.
        if (type is "Marten.IQuerySession" or "Marten.IDocumentSession" && method.Name is "Query" or "QueryAsync" && method.ParameterIs(0, "System.String")
            && call.Arguments.Count > 1 && !IsWhereClause(call.Arguments[1]))
        {
            return new SqlSink(ApiOf(method), call.Arguments[1], SqlDialect.PostgreSql, false);
        }

        // An entity type mapped to a SQL query: EF Core reads its rows with that SQL.
        if (type == "Microsoft.EntityFrameworkCore.RelationalEntityTypeBuilderExtensions" && method.Name == "ToSqlQuery" && method.ParameterIs(1, "System.String") && call.Arguments.Count > 1)
        {
            return new SqlSink(ApiOf(method), call.Arguments[1], SqlDialect.Unknown, false);
        }

        // A migration's own SQL, which creates views and tables that the model does not map, or alters those it does.
        if (type == "Microsoft.EntityFrameworkCore.Migrations.MigrationBuilder" && method.Name == "Sql" && method.ParameterIs(0, "System.String") && call.Arguments.Count > 1)
        {
            return new SqlSink(ApiOf(method), call.Arguments[1], SqlDialect.Unknown, false);
        }

        // A FluentMigrator migration's Execute.Sql("..."), and IfDatabase(...).Execute.Sql("...").
        if (method.Name == "Sql" && type.StartsWith("FluentMigrator.Builders.Execute.", StringComparison.Ordinal) && method.ParameterIs(0, "System.String") && call.Arguments.Count > 1)
        {
            return new SqlSink("FluentMigrator's Execute.Sql", call.Arguments[1], SqlDialect.Unknown, false);
        }

        // DbUp's script given as text: builder.WithScript("0001", sql), new SqlScript("0001", sql).
        if (IsDbUp(method) && method.Name == "WithScript" && method.ParameterIs(2, "System.String") && call.Arguments.Count > 2)
        {
            return new SqlSink("DbUp's WithScript", call.Arguments[2], DbUpDialect(call.Arguments[0]), false);
        }

        if (call.IsConstruction && type == "DbUp.Engine.SqlScript" && method.ParameterIs(1, "System.String") && call.Arguments.Count > 1)
        {
            return new SqlSink("DbUp.Engine.SqlScript.new", call.Arguments[1], SqlDialect.Unknown, false);
        }

        if (call.IsConstruction && method.DeclaringType.Type.Name.EndsWith("Command", StringComparison.Ordinal) && method.ParameterIs(0, "System.String")
            && DialectOf(method.DeclaringType.Type.Namespace) is { } provider)
        {
            return new SqlSink(ApiOf(method), call.Arguments[0], provider, false);
        }

        if (method.Name == "set_CommandText" && call.Arguments.Count == 2)
        {
            var commandProvider = DialectOf(method.DeclaringType.Type.Namespace) is { } declared and not SqlDialect.Unknown ? declared : DialectOf(call.Arguments[0]);
            return new SqlSink($"{method.DeclaringType.Type.DisplayName}.CommandText", call.Arguments[1], commandProvider, false);
        }

        // NpgsqlConnection.BeginBinaryImport("COPY ... FROM STDIN ..."), and its text, export and raw kin, async or not.
        if (method.DeclaringType.Type.Namespace == "Npgsql" && method.Name.StartsWith("Begin", StringComparison.Ordinal)
            && (method.Name.Contains("Import", StringComparison.Ordinal) || method.Name.Contains("Export", StringComparison.Ordinal) || method.Name.Contains("Copy", StringComparison.Ordinal))
            && method.ParameterIs(0, "System.String") && call.Arguments.Count >= 2)
        {
            return new SqlSink(ApiOf(method), call.Arguments[1], SqlDialect.PostgreSql, false);
        }

        // SqlBulkCopy (SQL Server) and MySqlBulkCopy (MySqlConnector) write the table their destination names.
        if (method.Name == "set_DestinationTableName" && call.Arguments.Count == 2 && method.DeclaringType.Type.Name.EndsWith("BulkCopy", StringComparison.Ordinal)
            && DialectOf(method.DeclaringType.Type.Namespace) is { } bulkProvider)
        {
            return new SqlSink($"{method.DeclaringType.Type.DisplayName}.DestinationTableName", call.Arguments[1], bulkProvider, false, TableName: true);
        }

        if (method.Name == "CreateCommand" && method.ParameterIs(0, "System.String") && call.Arguments.Count == 2)
        {
            return new SqlSink(ApiOf(method), call.Arguments[1], DialectOf(method.DeclaringType.Type.Namespace) ?? SqlDialect.Unknown, false);
        }

        return null;
    }

    /// <summary>Whether a method is DbUp's, by its assembly (<c>dbup-core</c>, <c>dbup-sqlserver</c>, ...): its extensions are declared in no namespace.</summary>
    public static bool IsDbUp(CalledMethod method) => method.DeclaringType.Type.Assembly.StartsWith("dbup", StringComparison.OrdinalIgnoreCase);

    /// <summary>The dialect of the database a DbUp builder deploys to, by the call that chose it (<c>DeployChanges.To.SqlDatabase(..)</c>).</summary>
    public static SqlDialect DbUpDialect(IlValue builder)
    {
        for (var depth = 0; depth < 32 && builder is CallResultValue { Arguments.Count: > 0 } call && IsDbUp(call.Method); depth++)
        {
            switch (call.Method.Name)
            {
                case "SqlDatabase" or "AzureSqlDatabaseWithIntegratedSecurity":
                    return SqlDialect.SqlServer;
                case "PostgresqlDatabase":
                    return SqlDialect.PostgreSql;
                case "SQLiteDatabase":
                    return SqlDialect.Sqlite;
                case "MySqlDatabase":
                    return SqlDialect.MySql;
                default:
                    builder = call.Arguments[0];
                    break;
            }
        }

        return SqlDialect.Unknown;
    }

    /// <summary>Where the first text parameter after a method's subject is (linq2db's SQL follows an object reader in some overloads), or <see langword="null"/>.</summary>
    private static int? FirstTextAfterSubject(CalledMethod method)
    {
        for (var i = 1; i < method.Parameters.Count; i++)
        {
            if (method.ParameterIs(i, "System.String"))
            {
                return i;
            }
        }

        return null;
    }

    /// <summary>The called method as a person reads it; made only for a call that is a sink, since every call of a body is asked.</summary>
    /// <summary>Whether Marten's SQL argument is a WHERE clause rather than a statement: text that does not start with SELECT.</summary>
    private static bool IsWhereClause(IlValue sql) =>
        sql is TextValue { Parts: [{ Literal: { } first }, ..] } && !first.TrimStart().StartsWith("select", StringComparison.OrdinalIgnoreCase);

    private static string ApiOf(CalledMethod method) => $"{method.DeclaringType.Type.DisplayName}.{(method.Name == ".ctor" ? "new" : method.Name)}";

    /// <summary>The dialect of the provider whose connection or command a value is, by its type: <c>new NpgsqlConnection(...)</c>, a field of type <c>SqlConnection</c>, the result of <c>NpgsqlConnection.CreateCommand()</c>.</summary>
    public static SqlDialect DialectOf(IlValue value)
    {
        var type = value switch
        {
            NewObjectValue created => created.Type,
            TypedValue typed => typed.Type,
            ArgumentValue argument => argument.Type,
            CallResultValue result => result.Method.ReturnType,
            _ => null,
        };
        return type is null ? SqlDialect.Unknown : DialectOf(type.Type.Namespace) ?? SqlDialect.Unknown;
    }

    /// <summary>The dialect of an ADO.NET provider, by its namespace; <see langword="null"/> for a namespace that is no provider's.</summary>
    public static SqlDialect? DialectOf(string providerNamespace) => providerNamespace switch
    {
        "Npgsql" => SqlDialect.PostgreSql,
        "Microsoft.Data.SqlClient" or "System.Data.SqlClient" => SqlDialect.SqlServer,
        "Microsoft.Data.Sqlite" or "System.Data.SQLite" => SqlDialect.Sqlite,
        "MySqlConnector" or "MySql.Data.MySqlClient" => SqlDialect.MySql,
        "System.Data.Common" or "System.Data" or "System.Data.Odbc" or "System.Data.OleDb" or "Oracle.ManagedDataAccess.Client" => SqlDialect.Unknown,
        _ => null,
    };

    /// <summary>The dialect an assembly's references tell: one ADO.NET or EF Core provider, or <see cref="SqlDialect.Unknown"/> for none or several.</summary>
    public static SqlDialect DialectOfReferences(IEnumerable<string> references)
    {
        // A loop, not LINQ over the dialects: a set or an iterator of an enum is generic code compiled at every start.
        var found = SqlDialect.Unknown;
        foreach (var reference in references)
        {
            var dialect = reference switch
            {
                _ when reference.StartsWith("Npgsql", StringComparison.OrdinalIgnoreCase) => SqlDialect.PostgreSql,
                "Microsoft.Data.SqlClient" or "System.Data.SqlClient" => SqlDialect.SqlServer,
                // EF Core's provider, DbUp's (dbup-sqlserver, dbup-postgresql), FluentMigrator's runners.
                _ when reference.Contains("SqlServer", StringComparison.OrdinalIgnoreCase) => SqlDialect.SqlServer,
                _ when reference.Contains("Postgre", StringComparison.OrdinalIgnoreCase) => SqlDialect.PostgreSql,
                _ when reference.Contains("Sqlite", StringComparison.OrdinalIgnoreCase) => SqlDialect.Sqlite,
                _ when reference.Contains("MySql", StringComparison.OrdinalIgnoreCase) => SqlDialect.MySql,
                _ => SqlDialect.Unknown,
            };
            if (dialect == SqlDialect.Unknown || dialect == found)
            {
                continue;
            }

            if (found != SqlDialect.Unknown)
            {
                // Two providers: no one dialect.
                return SqlDialect.Unknown;
            }

            found = dialect;
        }

        return found;
    }
}
