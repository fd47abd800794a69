using Ordering.Domain.AggregatesModel;

namespace Ordering.UnitTests;

public sealed class OrderTests
{
    public bool A_new_order_has_an_id() => new Order().Id != Guid.Empty;
}
