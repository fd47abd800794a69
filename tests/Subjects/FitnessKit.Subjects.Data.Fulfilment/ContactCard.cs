namespace FitnessKit.Subjects.Data.Fulfilment;

/// <summary>
/// Owned wherever it is used (<c>modelBuilder.Owned&lt;ContactCard&gt;()</c> in <see cref="FulfilmentDbContext"/>): a
/// route's dispatcher lives in the route's table, although the class has a key EF Core would otherwise find.
/// </summary>
public sealed class ContactCard
{
    public Guid Id { get; set; }

    public string Phone { get; set; } = string.Empty;
}
