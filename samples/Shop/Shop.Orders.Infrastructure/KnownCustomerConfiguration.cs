using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Shop.Orders.Infrastructure;

internal sealed class KnownCustomerConfiguration : IEntityTypeConfiguration<KnownCustomer>
{
    public void Configure(EntityTypeBuilder<KnownCustomer> builder)
    {
        builder.ToTable("KnownCustomers");
        builder.HasKey(customer => customer.Id);
        builder.Property(customer => customer.Id).ValueGeneratedNever();
        builder.Property(customer => customer.Name).HasMaxLength(200);
    }
}
