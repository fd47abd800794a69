using FitnessKit.Model;

namespace FitnessKit.Tables;

/// <summary>One table read or written by SQL found in compiled code, with the code that sends it.</summary>
public sealed record SqlAccess
{
    /// <summary>Gets the table.</summary>
    public required TableName Table { get; init; }

    /// <summary>Gets whether the statement reads or writes it.</summary>
    public required TableAccessKind Access { get; init; }

    /// <summary>Gets the SQL statement that touches the table.</summary>
    public required SqlStatement Statement { get; init; }

    /// <summary>Gets a value indicating whether the name is a routine's (a stored procedure or function) that the statement calls or defines.</summary>
    public bool IsRoutine { get; init; }
}

/// <summary>One SQL statement found in compiled code: where it is, how it is sent, and every table it touches.</summary>
public sealed record SqlStatement
{
    /// <summary>Gets the type whose code sends the SQL.</summary>
    public required TypeName SourceType { get; init; }

    /// <summary>Gets the member that sends it.</summary>
    public required string SourceMember { get; init; }

    /// <summary>Gets the API that receives the SQL, such as <c>Dapper.SqlMapper.QueryAsync</c>, or <c>a SQL-shaped string constant</c>.</summary>
    public required string Api { get; init; }

    /// <summary>Gets the dialect it was read in.</summary>
    public SqlDialectName Dialect { get; init; }

    /// <summary>Gets the SQL as rebuilt from the code; a part computed at run time reads <c>{?}</c>.</summary>
    public required string Text { get; init; }

    /// <summary>Gets the statement's position in its batch (0 for the first).</summary>
    public int Index { get; init; }

    /// <summary>Gets the tables the statement touches.</summary>
    public IReadOnlyList<StatementTable> Tables { get; init; } = [];

    /// <summary>Gets where the SQL is sent, from the PDB; <see langword="null"/> without one.</summary>
    public SourceLocation? Location { get; init; }

    /// <summary>
    /// Gets the routine or trigger whose body holds the statement, when a script creates one (<c>function
    /// reporting.orders_of_customer</c>, <c>procedure ops.usp_CloseAccount</c>); <see langword="null"/> otherwise.
    /// </summary>
    public string? Routine { get; init; }
}

/// <summary>SQL found in compiled code that could not be read: a statement that does not parse, or a text that cannot be rebuilt.</summary>
/// <param name="SourceType">The type whose code sends it.</param>
/// <param name="SourceMember">The member that sends it.</param>
/// <param name="Api">The API that receives it.</param>
/// <param name="Text">The text as rebuilt, or <see langword="null"/> when nothing of it is known.</param>
/// <param name="Problem">What is wrong, such as <c>line 1, column 7: incorrect syntax near 'FORM'</c>.</param>
/// <param name="Location">Where it is sent, from the PDB.</param>
public sealed record SqlProblem(TypeName SourceType, string SourceMember, string Api, string? Text, string Problem, SourceLocation? Location);

/// <summary>A table a statement touches, and how.</summary>
/// <param name="Table">The table.</param>
/// <param name="Access">Whether the statement reads or writes it.</param>
public sealed record StatementTable(TableName Table, TableAccessKind Access)
{
    /// <summary>Gets a value indicating whether the name is a routine's (a stored procedure or function) that the statement calls or defines.</summary>
    public bool IsRoutine { get; init; }
}
