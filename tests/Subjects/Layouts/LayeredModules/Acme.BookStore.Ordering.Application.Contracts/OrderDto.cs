namespace Acme.BookStore.Ordering.Orders;

/// <summary>An order as other modules see it; its status is Domain.Shared's enum.</summary>
public class OrderDto
{
    public Guid Id { get; set; }

    public string Number { get; set; } = string.Empty;

    public OrderStatus Status { get; set; }

    public IReadOnlyList<OrderLineDto> Lines { get; set; } = [];
}

/// <summary>A line of an order as other modules see it.</summary>
public class OrderLineDto
{
    public Guid ProductId { get; set; }

    public int Quantity { get; set; }
}
