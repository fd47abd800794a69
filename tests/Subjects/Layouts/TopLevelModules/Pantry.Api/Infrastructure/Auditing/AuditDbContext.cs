using Microsoft.EntityFrameworkCore;

namespace Pantry.Api.Infrastructure.Auditing;

/// <summary>The application's audit log: a DbContext of its own in a technical folder, which makes Infrastructure no module.</summary>
public sealed class AuditDbContext(DbContextOptions<AuditDbContext> options) : DbContext(options)
{
    public DbSet<AuditEntry> Entries => Set<AuditEntry>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) => modelBuilder.HasDefaultSchema("audit");
}
