namespace FitnessKit.Sql;

/// <summary>
/// A SQL text the token reader cannot read. It never leaves <see cref="SqlAnalyzer"/>: the analyzer turns it into an
/// Unparseable analysis whose problem is <see cref="Exception.Message"/>.
/// </summary>
internal sealed class SqlSyntaxException : Exception
{
    /// <summary>Creates the exception for a problem at a position.</summary>
    public SqlSyntaxException(int line, int column, string problem)
        : base($"line {line}, column {column}: {problem}")
    {
    }

    /// <summary>Creates the exception for a problem at a token.</summary>
    public SqlSyntaxException(SqlToken at, string problem)
        : this(at.Line, at.Column, problem)
    {
    }
}
