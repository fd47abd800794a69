using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FitnessKit.Subjects.Rules.Ordering.PublicConfiguredEntity;

/// <summary>The configuration that maps the entity, internal: the entity alone is planted.</summary>
internal sealed class ReturnReasonConfiguration : IEntityTypeConfiguration<ReturnReason>
{
    public void Configure(EntityTypeBuilder<ReturnReason> builder)
    {
        builder.ToTable("return_reasons");
        builder.HasKey(reason => reason.Code);
    }
}

/// <summary>FK003: a public entity, mapped only because an entity configuration names it.</summary>
public sealed class ReturnReason
{
    public string Code { get; set; } = string.Empty;

    public string Text { get; set; } = string.Empty;
}
