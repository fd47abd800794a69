using FitnessKit.Model;

namespace FitnessKit.Tables;

/// <summary>One table of the system: who owns it, which contexts map it, and every SQL statement that touches it.</summary>
public sealed record TableOwnership
{
    /// <summary>Gets the table.</summary>
    public required TableName Table { get; init; }

    /// <summary>Gets the context that owns it, or <see langword="null"/> when no context does (or several map it).</summary>
    public string? Owner { get; init; }

    /// <summary>Gets why <see cref="Owner"/> owns it, such as <c>mapped by Shop.Orders.OrdersDbContext</c>, <c>created by Reporting's SQL</c> or <c>in schema sales, which only Sales maps</c>; or why nobody does.</summary>
    public required string Reason { get; init; }

    /// <summary>
    /// Gets the contexts whose database contexts map the table; two or more share it. A table no context maps has here
    /// the contexts whose SQL creates it, or else that claim it, when they are two or more: each counts as an owner.
    /// </summary>
    public IReadOnlyList<string> MappedBy { get; init; } = [];

    /// <summary>Gets the mappings of the table.</summary>
    public IReadOnlyList<TableMapping> Mappings { get; init; } = [];

    /// <summary>Gets every read and write of the table by SQL in the code.</summary>
    public IReadOnlyList<SqlAccess> Accesses { get; init; } = [];

    /// <summary>Gets a value indicating whether it is a routine (a stored procedure or function) that SQL calls or defines, not a table.</summary>
    public bool IsRoutine => Mappings.Count == 0 && Accesses.Count > 0 && Accesses[0].IsRoutine;

    /// <summary>Gets a value indicating whether two or more contexts map the table.</summary>
    public bool IsShared => MappedBy.Count > 1;

    /// <summary>Gets a value indicating whether no context maps, claims or owns the table by schema.</summary>
    public bool IsUnowned => Owner is null && MappedBy.Count == 0 && !Table.SchemaIsUnknown;
}
