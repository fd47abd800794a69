using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FitnessKit.Subjects.Data.Sales;

/// <summary>A configuration class found by ApplyConfigurationsFromAssembly: sales.Orders, with owned types in sales.OrderAddresses and sales.OrderLines.</summary>
internal sealed class OrderConfiguration : IEntityTypeConfiguration<Order>
{
    public void Configure(EntityTypeBuilder<Order> builder)
    {
        builder.ToTable("Orders");
        builder.OwnsOne(order => order.ShippingAddress, address => address.ToTable("OrderAddresses"));
        builder.OwnsMany(order => order.Lines, line =>
        {
            line.ToTable("OrderLines");
            line.WithOwner().HasForeignKey("OrderId");
            line.HasKey("Id");
        });
    }
}
