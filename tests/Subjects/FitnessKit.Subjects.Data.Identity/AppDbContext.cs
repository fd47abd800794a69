using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace FitnessKit.Subjects.Data.Identity;

/// <summary>
/// Derives from IdentityDbContext&lt;AppUser&gt;: the AspNet* tables come from the base class's OnModelCreating, Sessions
/// from this one, and the OpenIddict* tables of an authorization server from OpenIddict's package, whose generic
/// configurations link its entities by navigations.
/// </summary>
internal sealed class AppDbContext : IdentityDbContext<AppUser>
{
    public DbSet<Session> Sessions { get; set; }

    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder) =>
        optionsBuilder.UseSqlite("Data Source=:memory:");

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.Entity<Session>().ToTable("Sessions");
        builder.UseOpenIddict();
    }
}
