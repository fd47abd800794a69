using Acme.BookStore.Catalog.EntityFrameworkCore;
using Acme.BookStore.Ordering.EntityFrameworkCore;
using Acme.BookStore.Settings;
using Microsoft.EntityFrameworkCore;

namespace Acme.BookStore.EntityFrameworkCore;

/// <summary>
/// The application's DbContext, as ABP's templates make it: it maps every module's tables through the modules' own
/// extensions, and its own, so that one migration history creates the database the modules share.
/// </summary>
public class BookStoreDbContext(DbContextOptions<BookStoreDbContext> options) : DbContext(options)
{
    public DbSet<Setting> Settings => Set<Setting>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ConfigureOrdering();
        builder.ConfigureCatalog();
        builder.Entity<Setting>(b => b.ToTable(BookStoreConsts.DbTablePrefix + "Settings", BookStoreConsts.DbSchema));
    }
}
