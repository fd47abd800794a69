using FitnessKit.Subjects.Services.EventBus;

namespace FitnessKit.Subjects.Services.Basket;

/// <summary>Basket's event.</summary>
public sealed record BasketCheckedOut(Guid Id, DateTimeOffset OccurredAt) : IntegrationEvent(Id, OccurredAt);
