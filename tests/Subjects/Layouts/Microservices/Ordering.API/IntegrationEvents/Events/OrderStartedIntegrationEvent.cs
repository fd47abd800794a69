using EventBus;

namespace Ordering.API.IntegrationEvents.Events;

public sealed record OrderStartedIntegrationEvent(string BuyerId) : IntegrationEvent;
