namespace FitnessKit.Subjects.Data.Catalog;

/// <summary>A setting of one module, mapped by <see cref="ModuleDbContext{TSelf}"/>.</summary>
public sealed class ModuleSetting
{
    public int Id { get; set; }

    public string Key { get; set; } = string.Empty;

    public string Value { get; set; } = string.Empty;
}
