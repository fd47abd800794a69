// FK013, breaking: V2 changes StockLevel.Quantity from int to long.
namespace FitnessKit.Subjects.Contracts.PropertyTypeChanged;

public sealed class StockLevel
{
    public int Quantity { get; init; }

    public string Sku { get; init; } = "";
}
