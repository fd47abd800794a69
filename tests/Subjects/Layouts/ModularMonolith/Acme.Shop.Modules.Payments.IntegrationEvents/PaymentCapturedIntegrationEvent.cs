namespace Acme.Shop.Modules.Payments.IntegrationEvents;

public sealed record PaymentCapturedIntegrationEvent(Guid OrderId);
