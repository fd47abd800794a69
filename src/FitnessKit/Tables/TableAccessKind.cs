namespace FitnessKit.Tables;

/// <summary>Whether SQL reads a table, writes it, creates it, or calls a routine.</summary>
public enum TableAccessKind
{
    /// <summary>SELECT, or the source of a join, subquery, INSERT ... SELECT or MERGE.</summary>
    Read,

    /// <summary>INSERT, UPDATE, DELETE, MERGE target, TRUNCATE or SELECT INTO; or a change of its definition: ALTER, DROP, an index or a trigger on it.</summary>
    Write,

    /// <summary>CREATE TABLE, or CREATE VIEW (also OR REPLACE, OR ALTER, MATERIALIZED): the SQL defines the table or view.</summary>
    Create,

    /// <summary>EXEC, CALL, or a command of type StoredProcedure: the SQL calls the routine (a stored procedure or function).</summary>
    Execute,
}
