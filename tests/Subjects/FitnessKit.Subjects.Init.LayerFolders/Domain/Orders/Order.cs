namespace FitnessKit.Subjects.Init.LayerFolders.Domain.Orders;

public sealed class Order
{
    public Guid Id { get; set; }

    public string Sku { get; set; } = "";
}
