namespace FitnessKit.Subjects.Data.Crowd;

/// <summary>A row of the shared settings table, in no context of its own.</summary>
public sealed class Setting
{
    public int Id { get; set; }

    public string Key { get; set; } = string.Empty;

    public string Value { get; set; } = string.Empty;
}
