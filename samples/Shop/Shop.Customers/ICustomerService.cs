using Shop.Customers.Contracts;

namespace Shop.Customers;

public interface ICustomerService
{
    Task<CustomerDto> RegisterAsync(string name, string email, CancellationToken cancellationToken = default);
}
