using Shop.Customers.Contracts;
using Shop.SharedKernel;

namespace Shop.Customers;

internal sealed class CustomerService(ICustomerRepository customers, IEventBus bus, TimeProvider clock)
    : ICustomerService
{
    public async Task<CustomerDto> RegisterAsync(string name, string email, CancellationToken cancellationToken = default)
    {
        var customer = Customer.Register(name, email, clock);
        await customers.AddAsync(customer, cancellationToken);
        await bus.PublishAsync(
            new CustomerRegistered(customer.Id, customer.Name, customer.Email, customer.RegisteredAt),
            cancellationToken);
        return new CustomerDto(customer.Id, customer.Name, customer.Email);
    }
}
