namespace FitnessKit.Subjects.Data.Catalog;

/// <summary>Mapped by a ToTable chained straight onto Entity&lt;Category&gt;(): categories.</summary>
internal sealed class Category
{
    public int Id { get; set; }

    public string Name { get; set; } = string.Empty;
}
