namespace FitnessKit.Sql;

/// <summary>The SQL dialect a text is read in; it decides which parser reads it.</summary>
internal enum SqlDialect
{
    /// <summary>Not known: the T-SQL parser is tried first, then the dialect-neutral token reader.</summary>
    Unknown,

    /// <summary>Microsoft SQL Server (T-SQL), read with ScriptDom.</summary>
    SqlServer,

    /// <summary>PostgreSQL, read with the token reader.</summary>
    PostgreSql,

    /// <summary>SQLite, read with the token reader.</summary>
    Sqlite,

    /// <summary>MySQL and MariaDB, read with the token reader.</summary>
    MySql,
}
