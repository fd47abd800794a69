using LinqToDB.Mapping;

namespace FitnessKit.Subjects.Rules.Ordering.PublicLinq2DbRow;

/// <summary>FK003: a public class linq2db maps, because it carries linq2db's [Table].</summary>
[Table("order_stamps")]
public sealed class OrderStamp
{
    [Column]
    public Guid Id { get; set; }
}
