namespace FitnessKit.Subjects.Data.Sales;

/// <summary>A keyless entity read from a view: sales.SalesSummaryView.</summary>
internal sealed class SalesSummary
{
    public Guid CustomerId { get; set; }

    public decimal Total { get; set; }
}
