namespace Acme.BookStore.Settings;

/// <summary>An entity of the application itself, in none of its modules.</summary>
public class Setting
{
    public Guid Id { get; set; }

    public string Name { get; set; } = string.Empty;

    public string Value { get; set; } = string.Empty;
}
