using FitnessKit.Subjects.Rules.Ordering.Contracts.ContractExposesEntity;
using Microsoft.EntityFrameworkCore;

namespace FitnessKit.Subjects.Rules.Ordering.ContractExposesEntity;

/// <summary>
/// Maps OrderRecord, which Ordering.Contracts defines as a public class and exposes in its OrderDetails contract: the
/// DbContext itself is internal, the planted violations are in Ordering.Contracts.
/// </summary>
internal sealed class OrderRecordDbContext(DbContextOptions<OrderRecordDbContext> options) : DbContext(options)
{
    public DbSet<OrderRecord> Records => Set<OrderRecord>();
}
