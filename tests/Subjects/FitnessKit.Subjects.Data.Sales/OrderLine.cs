namespace FitnessKit.Subjects.Data.Sales;

/// <summary>Owned by <see cref="Order"/> (OwnsMany), in its own table, with its own key and a shadow foreign key.</summary>
internal sealed class OrderLine
{
    public Guid Id { get; set; }

    public string Sku { get; set; } = string.Empty;

    public int Quantity { get; set; }
}
