namespace FitnessKit.Subjects.Data.Fulfilment;

/// <summary>
/// A value object owned by several entities, each its own owned type to EF Core: columns of Warehouses and of
/// Pickers (<c>OwnsOne</c>), rows of CarrierDepots and of a table named after the owner's navigation for carriers'
/// and docks' collections (<c>OwnsMany</c>). It is no table of its own.
/// </summary>
public sealed class PostalAddress
{
    public string Street { get; set; } = string.Empty;

    public string City { get; set; } = string.Empty;
}
