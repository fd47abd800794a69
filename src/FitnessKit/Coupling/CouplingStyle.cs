namespace FitnessKit.Coupling;

/// <summary>How one context uses another: the style of each use of a dependency between two contexts.</summary>
internal enum CouplingStyle
{
    /// <summary>It consumes the other's events: handles, subscribes to or reads an event type of the other.</summary>
    Events,

    /// <summary>It tells the other to do something: creates or sends the other's command type, or calls a method of the other's that returns nothing.</summary>
    Commands,

    /// <summary>It asks the other for data, synchronously: calls a method of the other's that returns data, sends the other's query message, or calls an HTTP client that returns the other's types.</summary>
    Queries,

    /// <summary>Any other use of the other's types: a DTO passed around, an interface implemented, a type in a signature.</summary>
    TypeUses,

    /// <summary>Its SQL reads or writes a table the other owns.</summary>
    Data,
}
