using Microsoft.EntityFrameworkCore;

namespace FitnessKit.Subjects.Rules.Ordering.PublicDbContext;

/// <summary>FK003: a public DbContext, an open door into Ordering's tables for any assembly that references this one.</summary>
public sealed class OrderingDbContext(DbContextOptions<OrderingDbContext> options) : DbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder) => modelBuilder.Entity<DraftOrder>().ToTable("draft_orders");
}

/// <summary>The entity it maps, internal: the DbContext alone is planted.</summary>
internal sealed class DraftOrder
{
    public Guid Id { get; set; }

    public string Reference { get; set; } = string.Empty;
}
