namespace Acme.Shop.Modules.Orders.IntegrationEvents;

public sealed record OrderPlacedIntegrationEvent(Guid OrderId, decimal Total);
