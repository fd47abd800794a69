namespace FitnessKit.Sql;

/// <summary>One table a statement uses, and how.</summary>
/// <param name="Table">The table as written in the statement.</param>
/// <param name="Access">Whether the statement reads or changes the table.</param>
/// <param name="Routine">Whether the name is a stored procedure's or function's: one the statement calls, creates, alters or drops.</param>
internal sealed record SqlTableUse(SqlObjectName Table, TableAccess Access, bool Routine = false)
{
    /// <summary>The use as it reads in a message: <c>reads sales.Orders</c>, <c>writes audit.Log</c>, <c>creates reporting.v_Sales</c>.</summary>
    public override string ToString() => $"{Access switch { TableAccess.Write => "writes", TableAccess.Create => "creates", TableAccess.Execute => "calls", _ => "reads" }} {Table}";
}
