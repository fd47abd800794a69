using Bakery.Web.Modules.Kitchen.Domain;
using Microsoft.EntityFrameworkCore;

namespace Bakery.Web.Modules.Kitchen.Persistence;

internal sealed class KitchenDbContext(DbContextOptions<KitchenDbContext> options) : DbContext(options)
{
    public DbSet<Batch> Batches => Set<Batch>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) => modelBuilder.HasDefaultSchema(KitchenModule.Schema);
}
