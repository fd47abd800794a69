namespace FitnessKit.Tables;

/// <summary>Whether SQL reads a table or writes it.</summary>
public enum TableAccessKind
{
    /// <summary>SELECT, or the source of a join, subquery, INSERT ... SELECT or MERGE.</summary>
    Read,

    /// <summary>INSERT, UPDATE, DELETE, MERGE target, TRUNCATE or SELECT INTO.</summary>
    Write,
}
