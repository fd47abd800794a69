using FitnessKit.Inspection;
using FitnessKit.Tables;

namespace FitnessKit.Rules;

/// <summary>The words the data-ownership rules use for tables and SQL.</summary>
internal static class DataPhrases
{
    public static string Verb(TableAccessKind access) => access switch
    {
        TableAccessKind.Write => "writes",
        TableAccessKind.Create => "creates",
        TableAccessKind.Execute => "calls",
        _ => "reads",
    };

    /// <summary>What the object is in a message: <c>table</c>, or <c>routine</c> for a stored procedure or function.</summary>
    public static string Noun(TableOwnership table) => table.IsRoutine ? "routine" : "table";

    /// <summary>What the object of one access is in a message: <c>table</c>, or <c>routine</c>.</summary>
    public static string Noun(SqlAccess access) => access.IsRoutine ? "routine" : "table";

    /// <summary>How many tables a catalog lists, and apart from them its routines: <c>8 tables</c>, <c>40 tables and 3 routines</c>.</summary>
    public static string Objects(TableCatalog catalog)
    {
        var routines = catalog.Tables.Count(t => t.IsRoutine);
        var tables = Phrases.Count(catalog.Tables.Count - routines, "table");
        return routines == 0 ? tables : $"{tables} and {Phrases.Count(routines, "routine")}";
    }

    /// <summary>
    /// What a fix adds for a table of the database contexts share: the way to say, in the context map, that the
    /// contexts keep their tables in databases of their own, where two tables of one name are two tables.
    /// </summary>
    public static string SeparateDatabases(Model.TableName table) => table.Database is null
        ? " If each context has a database of its own, name it in the context map (\"database\" of each context)."
        : string.Empty;

    /// <summary>
    /// Which database tables are in, as a report's table audit opens: <paramref name="shared"/> when contexts share one;
    /// otherwise each named database with the contexts that keep their tables there.
    /// </summary>
    public static string Databases(TableCatalog catalog, string shared)
    {
        if (catalog.Databases.Count == 0)
        {
            return shared;
        }

        var keepers = catalog.Databases.GroupBy(d => d.Value, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => $"{Phrases.And([.. g.Select(d => d.Key).Order(StringComparer.Ordinal)])} {(g.Count() == 1 ? "keeps its" : "keep their")} tables in {g.Key}");
        return $"Each database is its own: {string.Join(", ", keepers)}; contexts that name no database share one. A table is the same table where its database, schema and name match.";
    }

    /// <summary>The access as a participle: <c>read</c>, <c>written</c>, <c>created</c>.</summary>
    public static string Participle(TableAccessKind access) => access switch
    {
        TableAccessKind.Write => "written",
        TableAccessKind.Create => "created",
        TableAccessKind.Execute => "called",
        _ => "read",
    };

    /// <summary>The access as a gerund: <c>reading</c>, <c>writing</c>, <c>creating</c>.</summary>
    public static string Gerund(TableAccessKind access) => access switch
    {
        TableAccessKind.Write => "writing",
        TableAccessKind.Create => "creating",
        TableAccessKind.Execute => "calling",
        _ => "reading",
    };

    /// <summary>
    /// How SQL is sent: <c>through Dapper.SqlMapper.QueryAsync</c>, or <c>in a SQL-shaped string constant</c>; a statement
    /// of a routine's body says which: <c>in an embedded SQL script, in the body of function reporting.orders_of_customer</c>.
    /// </summary>
    public static string Through(SqlStatement statement) =>
        statement.Routine is { } routine ? $"{Through(statement.Api)}, in the body of {routine}" : Through(statement.Api);

    /// <summary>How SQL is sent by an API: <c>through Dapper.SqlMapper.QueryAsync</c>, or <c>in an embedded SQL script</c>.</summary>
    public static string Through(string api) =>
        api.StartsWith("a ", StringComparison.Ordinal) || api.StartsWith("an ", StringComparison.Ordinal) ? "in " + api : "through " + api;

    /// <summary>The member a violation names for a statement: none for a script's, which no member sends.</summary>
    public static string? MemberOf(SqlStatement statement) => statement.SourceMember.Length == 0 ? null : statement.SourceMember;

    /// <summary>The SQL, shortened for a message.</summary>
    public static string Excerpt(string text)
    {
        var flat = string.Join(' ', text.Split((char[])['\r', '\n', '\t', ' '], StringSplitOptions.RemoveEmptyEntries));
        return flat.Length <= 160 ? flat : flat[..157] + "...";
    }
}
