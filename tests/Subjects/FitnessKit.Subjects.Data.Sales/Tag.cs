namespace FitnessKit.Subjects.Data.Sales;

/// <summary>The other side of the many-to-many with <see cref="Product"/>.</summary>
internal sealed class Tag
{
    public Guid Id { get; set; }

    public string Label { get; set; } = string.Empty;

    public List<Product> Products { get; set; } = [];
}
