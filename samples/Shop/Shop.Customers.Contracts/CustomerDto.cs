namespace Shop.Customers.Contracts;

public sealed record CustomerDto(Guid Id, string Name, string Email);
