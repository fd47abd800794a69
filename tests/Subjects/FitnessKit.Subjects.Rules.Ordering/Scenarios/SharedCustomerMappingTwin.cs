using FitnessKit.Subjects.Rules.SharedEntities;
using Microsoft.EntityFrameworkCore;

namespace FitnessKit.Subjects.Rules.Ordering.SharedCustomerMappingTwin;

/// <summary>Ordering maps its own model of a customer, and uses only a value from the shared package.</summary>
internal sealed class CustomerDbContext(DbContextOptions<CustomerDbContext> options) : DbContext(options)
{
    public DbSet<Buyer> Buyers => Set<Buyer>();
}

/// <summary>Ordering's own entity for the customer data it needs.</summary>
internal sealed class Buyer
{
    public Guid Id { get; set; }

    public string Name { get; set; } = string.Empty;

    public decimal CreditLimitAmount { get; set; }

    public string CreditLimitCurrency { get; set; } = "EUR";

    public SharedMoney CreditLimit => new(CreditLimitAmount, CreditLimitCurrency);
}
