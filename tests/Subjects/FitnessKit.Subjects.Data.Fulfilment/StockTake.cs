using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FitnessKit.Subjects.Data.Fulfilment;

/// <summary>A count of a bin's stock: its table is named by <c>typeof(StockTake).Name</c>, audit.StockTake.</summary>
internal sealed class StockTake
{
    public Guid Id { get; set; }

    public int Counted { get; set; }
}

/// <summary>Names the table after the type, as written in a plain configuration.</summary>
internal sealed class StockTakeConfiguration : IEntityTypeConfiguration<StockTake>
{
    public void Configure(EntityTypeBuilder<StockTake> builder) => builder.ToTable(typeof(StockTake).Name, "audit");
}
