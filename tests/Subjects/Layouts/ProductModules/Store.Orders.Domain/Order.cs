using Store.Common.Domain;
using Store.Common.Messaging;
using Store.Orders.Contracts;

namespace Store.Orders.Domain;

public sealed class Order : Entity
{
    public decimal Total { get; init; }

    public void Place(IMessageBus bus) => bus.Publish(new OrderPlaced(Id, Total));
}
