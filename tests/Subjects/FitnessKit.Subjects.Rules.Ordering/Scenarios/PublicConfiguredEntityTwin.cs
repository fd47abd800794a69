using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FitnessKit.Subjects.Rules.Ordering.PublicConfiguredEntityTwin;

/// <summary>The configuration that maps the entity, internal.</summary>
internal sealed class ReturnReasonConfiguration : IEntityTypeConfiguration<ReturnReason>
{
    public void Configure(EntityTypeBuilder<ReturnReason> builder)
    {
        builder.ToTable("return_reasons");
        builder.HasKey(reason => reason.Code);
    }
}

/// <summary>The same entity, internal.</summary>
internal sealed class ReturnReason
{
    public string Code { get; set; } = string.Empty;

    public string Text { get; set; } = string.Empty;
}
