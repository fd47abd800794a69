namespace FitnessKit.Subjects.Data.Catalog;

/// <summary>Registered by Entity&lt;Brand&gt;() alone, with no DbSet and no ToTable: EF Core names its table after the type, Brand.</summary>
internal sealed class Brand
{
    public int Id { get; set; }

    public string Name { get; set; } = string.Empty;
}
