using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FitnessKit.Subjects.Rules.Ordering.PublicEntityConfigurationTwin;

/// <summary>The same entity configuration, internal.</summary>
internal sealed class ReturnRequestConfiguration : IEntityTypeConfiguration<ReturnRequest>
{
    public void Configure(EntityTypeBuilder<ReturnRequest> builder)
    {
        builder.ToTable("return_requests");
        builder.HasKey(request => request.Id);
    }
}

/// <summary>The entity it configures, internal.</summary>
internal sealed class ReturnRequest
{
    public Guid Id { get; set; }

    public string Reason { get; set; } = string.Empty;
}
