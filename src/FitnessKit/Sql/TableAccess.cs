namespace FitnessKit.Sql;

/// <summary>How a statement uses a table.</summary>
internal enum TableAccess
{
    /// <summary>The statement reads the table (FROM, JOIN, APPLY, USING, a subquery, a MERGE source).</summary>
    Read,

    /// <summary>
    /// The statement changes the table: the target of INSERT, UPDATE, DELETE or MERGE, a truncated table,
    /// the new table of SELECT INTO, the table of OUTPUT INTO.
    /// </summary>
    Write,
}
