using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FitnessKit.Subjects.Data.Fulfilment;

/// <summary>Declares no Configure of its own: <see cref="AuditedConfiguration{TEntity}"/>'s runs, and calls this override.</summary>
internal sealed class CarrierRateConfiguration : AuditedConfiguration<CarrierRate>
{
    protected override void ConfigureEntity(EntityTypeBuilder<CarrierRate> builder) => builder.ToTable("carrier_rates");
}
