namespace FitnessKit.Coupling;

/// <summary>What a type of a context is, as a message between contexts.</summary>
internal enum MessageKind
{
    /// <summary>Not a message: a DTO, a service, anything else.</summary>
    None,

    /// <summary>A fact its context publishes for others to consume.</summary>
    Event,

    /// <summary>A request that its context do something.</summary>
    Command,

    /// <summary>A request for its context's data.</summary>
    Query,
}
