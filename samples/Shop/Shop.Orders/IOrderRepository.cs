namespace Shop.Orders;

internal interface IOrderRepository
{
    Task AddAsync(Order order, CancellationToken cancellationToken);

    Task AddCustomerAsync(KnownCustomer customer, CancellationToken cancellationToken);

    Task<KnownCustomer?> FindCustomerAsync(Guid customerId, CancellationToken cancellationToken);
}
