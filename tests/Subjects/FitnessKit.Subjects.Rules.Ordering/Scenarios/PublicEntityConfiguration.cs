using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FitnessKit.Subjects.Rules.Ordering.PublicEntityConfiguration;

/// <summary>
/// FK003: a public entity configuration. It implements the interface explicitly, which C# allows for an internal entity,
/// so the configuration is the only planted violation; see PublicConfiguredEntity for a public entity it configures.
/// </summary>
public sealed class ReturnRequestConfiguration : IEntityTypeConfiguration<ReturnRequest>
{
    void IEntityTypeConfiguration<ReturnRequest>.Configure(EntityTypeBuilder<ReturnRequest> builder)
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
