namespace Bakery.Web.Modules.Kitchen.Domain;

internal sealed class Batch
{
    public Guid Id { get; set; }

    public string Product { get; set; } = "";

    public int Quantity { get; set; }

    public DateTime BakeBy { get; set; }
}
