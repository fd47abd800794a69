namespace FitnessKit.Subjects.Data.Sales;

/// <summary>Mapped by <see cref="CustomerNoteConfiguration"/>, applied by hand.</summary>
internal sealed class CustomerNote
{
    public Guid Id { get; set; }

    public Guid CustomerId { get; set; }

    public string Text { get; set; } = string.Empty;
}
