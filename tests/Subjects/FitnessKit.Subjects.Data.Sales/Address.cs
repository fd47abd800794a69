namespace FitnessKit.Subjects.Data.Sales;

/// <summary>Owned by <see cref="Order"/> (OwnsOne), in its own table.</summary>
internal sealed class Address
{
    public string Street { get; set; } = string.Empty;

    public string City { get; set; } = string.Empty;
}
