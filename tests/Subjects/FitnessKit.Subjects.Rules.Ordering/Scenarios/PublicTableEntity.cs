using System.ComponentModel.DataAnnotations.Schema;

namespace FitnessKit.Subjects.Rules.Ordering.PublicTableEntity;

/// <summary>FK003: a public entity, mapped because it carries [Table].</summary>
[Table("order_notes")]
public sealed class OrderNote
{
    public Guid Id { get; set; }

    public string Text { get; set; } = string.Empty;
}
