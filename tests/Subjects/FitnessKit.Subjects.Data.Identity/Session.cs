namespace FitnessKit.Subjects.Data.Identity;

/// <summary>The one table this assembly maps itself: Sessions.</summary>
internal sealed class Session
{
    public Guid Id { get; set; }

    public string UserId { get; set; } = string.Empty;

    public DateTime ExpiresAt { get; set; }
}
