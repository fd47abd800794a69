using Shop.SharedKernel;

namespace Shop.Customers.Contracts;

public sealed record CustomerRegistered(Guid CustomerId, string Name, string Email, DateTimeOffset RegisteredAt)
    : IIntegrationEvent;
