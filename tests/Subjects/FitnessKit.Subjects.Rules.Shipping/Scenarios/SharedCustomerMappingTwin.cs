using FitnessKit.Subjects.Rules.SharedEntities;
using Microsoft.EntityFrameworkCore;

namespace FitnessKit.Subjects.Rules.Shipping.SharedCustomerMappingTwin;

/// <summary>Shipping maps its own model of the people it delivers to, and uses only a value from the shared package.</summary>
internal sealed class ShippingDbContext(DbContextOptions<ShippingDbContext> options) : DbContext(options)
{
    public DbSet<Recipient> Recipients => Set<Recipient>();
}

/// <summary>Shipping's own entity for the customer data it needs.</summary>
internal sealed class Recipient
{
    public Guid Id { get; set; }

    public string Name { get; set; } = string.Empty;

    public string Address { get; set; } = string.Empty;

    public decimal CashOnDeliveryAmount { get; set; }

    public string CashOnDeliveryCurrency { get; set; } = "EUR";

    public SharedMoney CashOnDelivery => new(CashOnDeliveryAmount, CashOnDeliveryCurrency);
}
