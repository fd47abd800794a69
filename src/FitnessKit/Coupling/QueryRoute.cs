namespace FitnessKit.Coupling;

/// <summary>How a context asks another for data.</summary>
internal enum QueryRoute
{
    /// <summary>A call to a method of the other context that returns data (an interface or class of its contracts, or of its internals).</summary>
    Call,

    /// <summary>A query message of the other context, created to be sent (<c>mediator.Send(new GetOrderQuery(id))</c>).</summary>
    Message,

    /// <summary>A method of an HTTP client of the asking context (a class that holds an <c>HttpClient</c>) that returns the other context's types.</summary>
    HttpClient,

    /// <summary>A Refit interface method of the asking context (<c>[Get("/orders/{id}")]</c>) that returns the other context's types.</summary>
    Refit,
}
