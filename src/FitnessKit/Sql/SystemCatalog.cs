namespace FitnessKit.Sql;

/// <summary>
/// The database's own catalog: <c>INFORMATION_SCHEMA</c>, SQL Server's <c>sys</c> and system databases, PostgreSQL's
/// <c>pg_catalog</c> and <c>pg_*</c> views, SQLite's <c>sqlite_*</c> tables, MySQL's <c>mysql</c> and
/// <c>performance_schema</c>, and <c>DUAL</c>; and EF Core's migrations history (<c>__EFMigrationsHistory</c>, in any
/// schema), the bookkeeping of whichever DbContext migrates. A health check or a migration guard that reads them reads
/// no context's data, so these are no tables to the data-ownership rules, as CTEs and temporary tables are not.
/// </summary>
internal static class SystemCatalog
{
    private static readonly HashSet<string> Schemas = new(StringComparer.OrdinalIgnoreCase)
    {
        "INFORMATION_SCHEMA", "sys", "pg_catalog", "pg_toast", "mysql", "performance_schema",
    };

    private static readonly HashSet<string> Databases = new(StringComparer.OrdinalIgnoreCase) { "master", "msdb", "tempdb" };

    // SQL Server's compatibility views, found without a schema or in dbo.
    private static readonly HashSet<string> Views = new(StringComparer.OrdinalIgnoreCase)
    {
        "sysobjects", "syscolumns", "sysindexes", "systypes", "sysusers", "sysdatabases", "sysprocesses", "syscomments",
        "sysconstraints", "sysreferences", "sysforeignkeys", "sysfiles", "syslogins", "DUAL",
    };

    /// <summary>
    /// Whether a routine is the database's own: SQL Server's system procedures (<c>sp_executesql</c>,
    /// <c>sp_getapplock</c>, <c>xp_cmdshell</c>), written without a schema or in <c>sys</c> or <c>dbo</c>.
    /// </summary>
    public static bool IsSystemRoutine(SqlObjectName routine) =>
        routine.Name is { } name && (name.StartsWith("sp_", StringComparison.OrdinalIgnoreCase) || name.StartsWith("xp_", StringComparison.OrdinalIgnoreCase))
        && (routine.Schema is null || routine.Schema.Equals("sys", StringComparison.OrdinalIgnoreCase) || routine.Schema.Equals("dbo", StringComparison.OrdinalIgnoreCase));

    /// <summary>Whether a name as written in a statement is one of the database's own catalog.</summary>
    public static bool Contains(SqlObjectName table)
    {
        if (table.Database is { } database && Databases.Contains(database))
        {
            return true;
        }

        // SQLite refuses to create a table named sqlite_*, in its main database or an attached one; EF Core names its
        // history table alike in whichever schema a DbContext migrates.
        if (table.Name is { } reserved
            && (reserved.StartsWith("sqlite_", StringComparison.OrdinalIgnoreCase) || reserved.Equals("__EFMigrationsHistory", StringComparison.OrdinalIgnoreCase)))
        {
            return true;
        }

        if (table.Schema is { } schema)
        {
            return Schemas.Contains(schema)
                || (schema.Equals("dbo", StringComparison.OrdinalIgnoreCase) && table.Name is { } legacy && Views.Contains(legacy));
        }

        // PostgreSQL's catalog views are pg_* on every search path. Another schema, written or computed (a hole), is
        // the user's, whatever the name.
        return !table.SchemaIsHole && table.Name is { } name
            && (Views.Contains(name) || name.StartsWith("pg_", StringComparison.OrdinalIgnoreCase));
    }
}
