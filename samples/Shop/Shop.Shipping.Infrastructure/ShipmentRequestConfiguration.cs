using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Shop.Shipping.Infrastructure;

internal sealed class ShipmentRequestConfiguration : IEntityTypeConfiguration<ShipmentRequest>
{
    public void Configure(EntityTypeBuilder<ShipmentRequest> builder)
    {
        builder.ToTable("ShipmentRequests");
        builder.HasKey(request => request.OrderId);
        builder.Property(request => request.OrderId).ValueGeneratedNever();
    }
}
