using Pantry.Api.Common;

namespace Pantry.Api.Orders.Contracts;

/// <summary>Orders' integration event: its contract, what the other modules may read of an order.</summary>
public sealed record OrderPlaced(Guid EventId, Guid OrderId, string Sku, int Quantity) : IIntegrationEvent;
