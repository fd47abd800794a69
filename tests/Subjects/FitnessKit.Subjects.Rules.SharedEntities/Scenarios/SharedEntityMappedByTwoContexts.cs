namespace FitnessKit.Subjects.Rules.SharedEntities;

/// <summary>
/// FK002: a customer entity in a package no context owns, mapped by Ordering's and by Shipping's DbContext
/// (<c>DbSet&lt;SharedCustomer&gt;</c> in both): the customer data has no single owner.
/// </summary>
public sealed class SharedCustomer
{
    public Guid Id { get; set; }

    public string Name { get; set; } = string.Empty;

    public string Address { get; set; } = string.Empty;
}
