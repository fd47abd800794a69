namespace FitnessKit.Subjects.Data.Support;

/// <summary>Support's own customer, not Sales': support.Customers.</summary>
internal sealed class Customer
{
    public Guid Id { get; set; }

    public string Email { get; set; } = string.Empty;
}
