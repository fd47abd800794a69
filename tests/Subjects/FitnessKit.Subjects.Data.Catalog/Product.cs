namespace FitnessKit.Subjects.Data.Catalog;

/// <summary>Mapped by its DbSet alone: Products, with no schema.</summary>
internal sealed class Product
{
    public int Id { get; set; }

    public string Name { get; set; } = string.Empty;

    public int? CategoryId { get; set; }
}
