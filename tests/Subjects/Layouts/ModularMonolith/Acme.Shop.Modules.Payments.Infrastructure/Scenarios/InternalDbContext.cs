using Acme.Shop.Modules.Payments.Application;
using Microsoft.EntityFrameworkCore;

namespace Acme.Shop.Modules.Payments.Infrastructure;

/// <summary>Compliant twin of Orders' public DbContext: internal, so only Payments can open its tables.</summary>
internal sealed class PaymentsDbContext : DbContext
{
    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.Entity<PaymentRow>().ToTable("payments", "payments");

    internal static PaymentRow From(Payment payment) => new() { Id = payment.Id, Amount = payment.Amount };
}

internal sealed class PaymentRow
{
    public Guid Id { get; set; }

    public decimal Amount { get; set; }
}
