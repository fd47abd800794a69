namespace Acme.BookStore.Ordering.Orders;

/// <summary>The module's aggregate root: public, as the Application layer of its own module uses it.</summary>
public class Order
{
    public Guid Id { get; set; }

    public string Number { get; set; } = string.Empty;

    public OrderStatus Status { get; set; }

    public List<OrderLine> Lines { get; set; } = [];
}

/// <summary>A line of an order.</summary>
public class OrderLine
{
    public Guid Id { get; set; }

    public Guid ProductId { get; set; }

    public int Quantity { get; set; }
}
