namespace FitnessKit.Sql;

/// <summary>What a SQL text is and, when it is SQL, which tables each statement reads and writes.</summary>
/// <param name="Kind">Whether the text is SQL, is not SQL, or is SQL that could not be read.</param>
/// <param name="DialectUsed">
/// The dialect whose reader gave this answer. With <see cref="SqlDialect.Unknown"/> asked: SqlServer when T-SQL read
/// the text (or when neither reader could, the problem being T-SQL's), Unknown when the dialect-neutral token reader
/// did. For NotSql, the dialect asked.
/// </param>
/// <param name="Statements">The statements read, in order; empty unless <paramref name="Kind"/> is Sql.</param>
/// <param name="Problem">
/// For Unparseable, one sentence with the position (<c>line 1, column 15: incorrect syntax near 'FORM'</c>);
/// for NotSql, why the text does not read as SQL; null for Sql.
/// </param>
internal sealed record SqlAnalysis(
    SqlTextKind Kind,
    SqlDialect DialectUsed,
    IReadOnlyList<SqlStatementInfo> Statements,
    string? Problem)
{
    /// <summary>Every table use of every statement, in statement order.</summary>
    public IEnumerable<SqlTableUse> TableUses => Statements.SelectMany(s => s.Tables);

    /// <summary>Text that was read, with its statements.</summary>
    internal static SqlAnalysis Read(SqlDialect dialect, IReadOnlyList<SqlStatementInfo> statements) =>
        new(SqlTextKind.Sql, dialect, statements, null);

    /// <summary>SQL by where it goes that no reader could read; the problem names the position.</summary>
    internal static SqlAnalysis Unparseable(SqlDialect dialect, string problem) =>
        new(SqlTextKind.Unparseable, dialect, [], problem);

    /// <summary>A constant whose shape is not SQL, and why.</summary>
    internal static SqlAnalysis NotSql(SqlDialect dialect, string reason) =>
        new(SqlTextKind.NotSql, dialect, [], reason);
}
