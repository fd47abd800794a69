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

    /// <summary>
    /// The statement creates the table or view: <c>CREATE TABLE</c>, <c>CREATE [OR REPLACE] VIEW</c>, a materialized
    /// view. Changing or dropping one that exists (<c>ALTER TABLE</c>, <c>DROP VIEW</c>, <c>CREATE INDEX .. ON</c>) is a
    /// <see cref="Write"/>.
    /// </summary>
    Create,

    /// <summary>The statement calls the routine (a stored procedure or function): <c>EXEC</c>, <c>CALL</c>, or its name alone as a command of type StoredProcedure.</summary>
    Execute,
}
