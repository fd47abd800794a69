using FitnessKit.Subjects.Services.EventBus;

namespace FitnessKit.Subjects.Services.Ordering;

/// <summary>Ordering's event, published for Basket.</summary>
public sealed record OrderPlaced(Guid Id, DateTimeOffset OccurredAt, int Lines) : IntegrationEvent(Id, OccurredAt);
