namespace FitnessKit.Subjects.Data.Sales;

/// <summary>One side of a many-to-many with <see cref="Tag"/>: collection navigations on both sides, no join entity class.</summary>
internal sealed class Product
{
    public Guid Id { get; set; }

    public string Name { get; set; } = string.Empty;

    public List<Tag> Tags { get; set; } = [];
}
