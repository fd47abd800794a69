namespace FitnessKit.Subjects.Services.EventBus;

/// <summary>What every service publishes: an event another service may consume.</summary>
public abstract record IntegrationEvent(Guid Id, DateTimeOffset OccurredAt);
