namespace FitnessKit.Subjects.Rules.Ordering.Contracts.ContractExposesEntity;

/// <summary>FK003: a contract whose public property is Ordering's mapped entity, so every consumer is bound to Ordering's storage model.</summary>
public sealed class OrderDetails
{
    public OrderRecord? Record { get; init; }
}

/// <summary>
/// FK003: a public entity that Ordering's <c>OrderRecordDbContext</c> maps with a <c>DbSet&lt;OrderRecord&gt;</c>. Defined in the
/// contract assembly, it is still Ordering's mapped entity, and it is public.
/// </summary>
public sealed class OrderRecord
{
    public Guid Id { get; set; }

    public string CustomerName { get; set; } = string.Empty;

    public decimal Total { get; set; }
}
