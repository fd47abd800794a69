namespace Pantry.Api.Orders.Domain;

/// <summary>Orders' entity: internal, yet every folder of the assembly can see it.</summary>
internal sealed class Order
{
    public Guid Id { get; set; }

    public string Sku { get; set; } = "";

    public int Quantity { get; set; }
}
