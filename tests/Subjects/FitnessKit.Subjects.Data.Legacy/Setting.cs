namespace FitnessKit.Subjects.Data.Legacy;

/// <summary>Mapped by its DbSet alone, with no schema anywhere: Settings.</summary>
internal sealed class Setting
{
    public int Id { get; set; }

    public string Name { get; set; } = string.Empty;

    public string Value { get; set; } = string.Empty;
}
