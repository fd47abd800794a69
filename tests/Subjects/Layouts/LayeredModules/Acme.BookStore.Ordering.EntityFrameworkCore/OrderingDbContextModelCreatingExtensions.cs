using Acme.BookStore.Ordering.Orders;
using Microsoft.EntityFrameworkCore;

namespace Acme.BookStore.Ordering.EntityFrameworkCore;

/// <summary>
/// Maps the module's entities, with its table prefix and schema: called by the module's DbContext and by the
/// application's, which builds the one model migrations are made from.
/// </summary>
public static class OrderingDbContextModelCreatingExtensions
{
    public static void ConfigureOrdering(this ModelBuilder builder)
    {
        builder.Entity<Order>(b =>
        {
            b.ToTable(OrderingDbProperties.DbTablePrefix + "Orders", OrderingDbProperties.DbSchema);
            b.Property(o => o.Number).IsRequired().HasMaxLength(OrderConsts.MaxNumberLength);
            b.HasMany(o => o.Lines).WithOne().HasForeignKey("OrderId");
        });

        builder.Entity<OrderLine>(b => b.ToTable(OrderingDbProperties.DbTablePrefix + "OrderLines", OrderingDbProperties.DbSchema));
    }
}
