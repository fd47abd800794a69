namespace FitnessKit.Subjects.Data.Fulfilment;

/// <summary>Configured only by <see cref="CarrierRateConfiguration"/>, through its generic base configuration: its table is carrier_rates.</summary>
public sealed class CarrierRate
{
    public Guid Id { get; set; }

    public decimal PerKilogram { get; set; }
}
