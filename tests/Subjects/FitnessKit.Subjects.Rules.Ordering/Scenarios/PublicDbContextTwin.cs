using Microsoft.EntityFrameworkCore;

namespace FitnessKit.Subjects.Rules.Ordering.PublicDbContextTwin;

/// <summary>The same DbContext, internal.</summary>
internal sealed class OrderingDbContext(DbContextOptions<OrderingDbContext> options) : DbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder) => modelBuilder.Entity<DraftOrder>().ToTable("draft_orders");
}

/// <summary>The entity it maps, internal.</summary>
internal sealed class DraftOrder
{
    public Guid Id { get; set; }

    public string Reference { get; set; } = string.Empty;
}
