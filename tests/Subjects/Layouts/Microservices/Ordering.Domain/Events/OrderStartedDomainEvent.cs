using Ordering.Domain.AggregatesModel;

namespace Ordering.Domain.Events;

/// <summary>A domain event: raised and handled inside Ordering, never a contract although its namespace is Events.</summary>
public sealed record OrderStartedDomainEvent(Order Order);
