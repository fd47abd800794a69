using Shop.Customers.Contracts;
using Shop.Orders.Contracts;
using Shop.SharedKernel;

namespace Shop.Orders;

internal sealed class OrderService(IOrderRepository orders, IEventBus bus, PricingPolicy pricing, TimeProvider clock)
    : IOrderService
{
    public async Task<OrderDto> PlaceAsync(
        Guid customerId,
        IReadOnlyList<OrderLineDto> lines,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var customer = await orders.FindCustomerAsync(customerId, cancellationToken)
            ?? throw new InvalidOperationException(
                $"Orders does not know customer {customerId}: no CustomerRegistered event has arrived for it.");

        var order = Order.Place(
            customer.Id,
            lines.Select(line => new OrderLine(line.Sku, line.Quantity, line.UnitPrice)),
            pricing,
            clock);
        await orders.AddAsync(order, cancellationToken);

        OrderLineDto[] placedLines = [.. order.Lines.Select(line => new OrderLineDto(line.Sku, line.Quantity, line.UnitPrice))];
        await bus.PublishAsync(
            new OrderPlaced(order.Id, order.CustomerId, placedLines, order.Total, order.PlacedAt),
            cancellationToken);
        return new OrderDto(order.Id, customer.Id, customer.Name, placedLines, order.Total, order.PlacedAt);
    }

    /// <summary>Keeps Orders' own projection of the customers it may take orders from.</summary>
    public Task RememberCustomerAsync(CustomerRegistered registered, CancellationToken cancellationToken) =>
        orders.AddCustomerAsync(new KnownCustomer(registered.CustomerId, registered.Name), cancellationToken);
}
