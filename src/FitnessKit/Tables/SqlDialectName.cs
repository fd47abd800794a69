namespace FitnessKit.Tables;

/// <summary>The SQL dialect of a database, which decides how names compare and which default schema applies.</summary>
public enum SqlDialectName
{
    /// <summary>Not known: names compare without case, and no default schema is assumed.</summary>
    Unknown,

    /// <summary>SQL Server (T-SQL): default schema <c>dbo</c>, names compare without case.</summary>
    SqlServer,

    /// <summary>PostgreSQL: default schema <c>public</c>, unquoted names fold to lower case, quoted names compare exactly.</summary>
    PostgreSql,

    /// <summary>SQLite: no schemas, names compare without case.</summary>
    Sqlite,

    /// <summary>MySQL: the schema is the database, names compare without case.</summary>
    MySql,
}
