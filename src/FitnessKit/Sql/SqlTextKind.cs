namespace FitnessKit.Sql;

/// <summary>What a text turned out to be.</summary>
internal enum SqlTextKind
{
    /// <summary>Not SQL: a string constant whose shape is not a SQL statement (prose, a message, a key).</summary>
    NotSql,

    /// <summary>SQL that was read: the statements and their tables are known.</summary>
    Sql,

    /// <summary>Text that is SQL by where it goes, but that no parser could read; the problem says where.</summary>
    Unparseable,
}
