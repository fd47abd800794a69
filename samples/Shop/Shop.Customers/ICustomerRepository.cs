namespace Shop.Customers;

internal interface ICustomerRepository
{
    Task AddAsync(Customer customer, CancellationToken cancellationToken);
}
