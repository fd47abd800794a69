namespace FitnessKit.Sql;

/// <summary>One table a statement uses, and how.</summary>
/// <param name="Table">The table as written in the statement.</param>
/// <param name="Access">Whether the statement reads or changes the table.</param>
internal sealed record SqlTableUse(SqlObjectName Table, TableAccess Access)
{
    /// <summary>The use as it reads in a message: <c>reads sales.Orders</c>, <c>writes audit.Log</c>, <c>creates reporting.v_Sales</c>.</summary>
    public override string ToString() => $"{Access switch { TableAccess.Write => "writes", TableAccess.Create => "creates", _ => "reads" }} {Table}";
}
