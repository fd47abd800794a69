namespace FitnessKit.Subjects.Data.Support;

/// <summary>Mapped both by its DbSet and by ToTable in a lambda: support.Tickets.</summary>
internal sealed class Ticket
{
    public Guid Id { get; set; }

    public Guid CustomerId { get; set; }

    public string Subject { get; set; } = string.Empty;
}
