// PLANTED VIOLATION (FK009): Customers asks Orders for a customer's orders whenever it shows a statement, while Orders
// consumes Customers' CustomerRegistered event: Orders -> Customers -> Orders. Each side uses only the other's contracts,
// which the map allows, so FK001 has nothing to say; only the cycle shows that neither can change without the other.
using Shop.Orders.Contracts;

namespace Shop.Customers;

/// <summary>What a customer has spent, asked of Orders at the moment the statement is shown.</summary>
internal sealed class CustomerStatement(Func<Guid, CancellationToken, Task<IReadOnlyList<OrderDto>>> ordersOfCustomer)
{
    public async Task<decimal> TotalSpentAsync(Guid customerId, CancellationToken cancellationToken)
    {
        var orders = await ordersOfCustomer(customerId, cancellationToken);
        return orders.Sum(order => order.Total);
    }
}
