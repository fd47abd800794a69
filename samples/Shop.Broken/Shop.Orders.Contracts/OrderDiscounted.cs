// PLANTED VIOLATION (FK010): Orders' contract event exposes Shop.Orders.Domain.Discount, a type Orders keeps to
// itself, so every subscriber compiles against Orders' pricing model.
using Shop.Orders.Domain;
using Shop.SharedKernel;

namespace Shop.Orders.Contracts;

public sealed record OrderDiscounted(Guid OrderId, Discount Discount, decimal Total) : IIntegrationEvent;
