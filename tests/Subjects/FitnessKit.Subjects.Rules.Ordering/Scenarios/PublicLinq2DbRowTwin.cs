using LinqToDB.Mapping;

namespace FitnessKit.Subjects.Rules.Ordering.PublicLinq2DbRowTwin;

/// <summary>The same class linq2db maps, internal.</summary>
[Table("order_stamps")]
internal sealed class OrderStamp
{
    [Column]
    public Guid Id { get; set; }
}
