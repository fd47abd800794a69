namespace FitnessKit.Subjects.Data.Sales;

/// <summary>An aggregate with an owned value and owned lines, each in a table of its own (see <see cref="OrderConfiguration"/>).</summary>
internal sealed class Order
{
    public Guid Id { get; set; }

    public string Number { get; set; } = string.Empty;

    public Address ShippingAddress { get; set; } = new();

    public List<OrderLine> Lines { get; set; } = [];
}
