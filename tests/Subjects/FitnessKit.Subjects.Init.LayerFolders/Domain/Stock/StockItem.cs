namespace FitnessKit.Subjects.Init.LayerFolders.Domain.Stock;

public sealed class StockItem
{
    public string Sku { get; set; } = "";

    public int OnHand { get; set; }
}
