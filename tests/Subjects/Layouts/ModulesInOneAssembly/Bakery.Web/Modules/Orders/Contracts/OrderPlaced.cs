using Bakery.Web.Modules.Shared;

namespace Bakery.Web.Modules.Orders.Contracts;

/// <summary>Orders' integration event: its contract, what the other modules may read of an order.</summary>
public sealed record OrderPlaced(Guid EventId, Guid OrderId, string Product, int Quantity, DateTime PickUpAt) : IIntegrationEvent;
