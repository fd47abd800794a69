namespace FitnessKit.Subjects.Data.Sales;

/// <summary>Mapped by its DbSet alone: sales.Customers, a schema twin of support.Customers.</summary>
internal sealed class Customer
{
    public Guid Id { get; set; }

    public string Name { get; set; } = string.Empty;
}
