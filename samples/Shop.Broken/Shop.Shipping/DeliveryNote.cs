// PLANTED VIOLATION (FK012): Shipping asks Orders for an order's lines each time it prints a delivery note, through
// Orders' contract query interface, although Orders publishes the lines with OrderPlaced and Shipping consumes that
// event already. Contracts only, so FK001 has nothing to say; FK012 warns that Shipping could read its own projection.
using Shop.Orders.Contracts;

namespace Shop.Shipping;

/// <summary>The note that goes into the parcel: the order's lines, asked of Orders when the note is printed.</summary>
internal sealed class DeliveryNote(IOrderQueries orders)
{
    public async Task<string> PrintAsync(Guid orderId, CancellationToken cancellationToken)
    {
        var order = await orders.FindAsync(orderId, cancellationToken)
            ?? throw new InvalidOperationException($"Orders does not know order {orderId}.");
        return string.Join(Environment.NewLine, order.Lines.Select(line => $"{line.Quantity} x {line.Sku}"));
    }
}
