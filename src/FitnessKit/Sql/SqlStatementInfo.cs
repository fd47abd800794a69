namespace FitnessKit.Sql;

/// <summary>One statement of a SQL text and the tables it reads and writes.</summary>
/// <param name="Kind">
/// The statement's kind in upper case: SELECT, INSERT, UPDATE, DELETE, MERGE, TRUNCATE, REPLACE (MySQL, SQLite), or
/// for any other statement its leading keywords (CREATE TABLE, SET, EXECUTE, ...). T-SQL reports IF and WHILE for the
/// condition of a block. Both readers read the definitions of tables, views, indexes, triggers and routines
/// (<see cref="TableAccess.Create"/>, and a write of what an ALTER, DROP, index or trigger changes), and list each
/// statement of a routine's or trigger's body after its definition as a statement of its own; the token reader reports
/// no tables for any other statement.
/// </param>
/// <param name="Tables">Each table used once per access, in the order first met; CTEs, aliases, temporary tables
/// and table variables are left out.</param>
/// <param name="Index">The statement's position in the text, from 0.</param>
/// <param name="Line">The line of the text the statement starts on, from 1.</param>
internal sealed record SqlStatementInfo(string Kind, IReadOnlyList<SqlTableUse> Tables, int Index, int Line)
{
    /// <summary>Gets the statement's own text, when the reader was asked for it (a script's statements); otherwise <see langword="null"/>.</summary>
    public string? Text { get; init; }

    /// <summary>
    /// Gets the routine or trigger whose body holds the statement, as a person reads it (<c>function
    /// reporting.orders_of_customer</c>, <c>trigger on ops.Accounts</c>); <see langword="null"/> for a statement of its own.
    /// </summary>
    public string? Routine { get; init; }
}
