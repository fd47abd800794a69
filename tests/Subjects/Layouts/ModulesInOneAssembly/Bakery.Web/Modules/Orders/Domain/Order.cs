namespace Bakery.Web.Modules.Orders.Domain;

/// <summary>Orders' entity: internal, as in one assembly every module could see a public one, and any other can see this.</summary>
internal sealed class Order
{
    public Guid Id { get; set; }

    public string Product { get; set; } = "";

    public int Quantity { get; set; }

    public DateTime PickUpAt { get; set; }
}
