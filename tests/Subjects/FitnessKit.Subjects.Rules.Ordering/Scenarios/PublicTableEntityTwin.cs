using System.ComponentModel.DataAnnotations.Schema;

namespace FitnessKit.Subjects.Rules.Ordering.PublicTableEntityTwin;

/// <summary>The same [Table] entity, internal.</summary>
[Table("order_notes")]
internal sealed class OrderNote
{
    public Guid Id { get; set; }

    public string Text { get; set; } = string.Empty;
}
