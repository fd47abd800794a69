using Microsoft.EntityFrameworkCore;
using Pantry.Api.Stock.Domain;

namespace Pantry.Api.Stock.Data;

/// <summary>Stock's own DbContext, in Stock's folder.</summary>
internal sealed class StockDbContext(DbContextOptions<StockDbContext> options) : DbContext(options)
{
    public DbSet<Reservation> Reservations => Set<Reservation>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) => modelBuilder.HasDefaultSchema("stock");
}
