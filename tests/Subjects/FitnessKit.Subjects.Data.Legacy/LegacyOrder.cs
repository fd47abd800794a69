namespace FitnessKit.Subjects.Data.Legacy;

/// <summary>Its own class over Sales' table sales.Orders: the shared-table violation, with no shared type to give it away.</summary>
internal sealed class LegacyOrder
{
    public Guid Id { get; set; }

    public string Number { get; set; } = string.Empty;
}
