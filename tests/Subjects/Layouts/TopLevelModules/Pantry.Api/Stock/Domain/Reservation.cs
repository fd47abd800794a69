namespace Pantry.Api.Stock.Domain;

internal sealed class Reservation
{
    public Guid Id { get; set; }

    public Guid OrderId { get; set; }

    public string Sku { get; set; } = "";

    public int Quantity { get; set; }
}
