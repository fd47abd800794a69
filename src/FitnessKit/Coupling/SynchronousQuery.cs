using FitnessKit.Model;

namespace FitnessKit.Coupling;

/// <summary>
/// One member of a context that asks another context for data synchronously: the query it calls (a method, a query
/// message, or an HTTP client's method that returns the other's types), found once per member and query.
/// </summary>
internal sealed record SynchronousQuery
{
    /// <summary>Gets the context that asks.</summary>
    public required string From { get; init; }

    /// <summary>Gets the context asked, which owns the data.</summary>
    public required string To { get; init; }

    /// <summary>Gets the type that asks.</summary>
    public required TypeName Caller { get; init; }

    /// <summary>Gets the member that asks.</summary>
    public required string Member { get; init; }

    /// <summary>Gets how it asks.</summary>
    public required QueryRoute Route { get; init; }

    /// <summary>Gets the type that declares the query: the called method's type, the query message, or the HTTP client.</summary>
    public required TypeName QueryType { get; init; }

    /// <summary>Gets the called method's name; <see langword="null"/> for a query message.</summary>
    public string? Method { get; init; }

    /// <summary>Gets what the query returns (<c>Task&lt;OrderDto&gt;</c>), or <see langword="null"/> for a query message; its generic parameters as metadata numbers them.</summary>
    public TypeUse? Returns { get; init; }

    /// <summary>Gets a type of <see cref="To"/> that the query returns, for an HTTP client (the reason the query is <see cref="To"/>'s).</summary>
    public TypeName? ReturnedType { get; init; }

    /// <summary>Gets a value indicating whether the query is part of <see cref="To"/>'s contracts (a client of the asking context counts as one: it is how that context asks).</summary>
    public required bool ThroughContracts { get; init; }

    /// <summary>Gets the dependency kind that shows the query.</summary>
    public required DependencyKind Kind { get; init; }

    /// <summary>Gets the file of the assembly that holds the asking code, to locate it (for a Refit method, which has no body, the code that calls it).</summary>
    public required string AssemblyPath { get; init; }

    /// <summary>Gets the assembly that holds the asking code.</summary>
    public required string Assembly { get; init; }

    /// <summary>Gets where the asking code is, to ask the PDB for its line: for a Refit method, its first call in the asking context.</summary>
    internal required CodeAnchor Anchor { get; init; }

    /// <summary>Gets the query as metadata names it, one key per query: <c>Shop.Orders.Contracts.IOrderQueries.GetOrderAsync</c> (messages name it as C# writes it, <c>QueryPhrases.NameOf</c>).</summary>
    public string Name => Method is null ? QueryType.DisplayName : $"{QueryType.DisplayName}.{Method}";
}
