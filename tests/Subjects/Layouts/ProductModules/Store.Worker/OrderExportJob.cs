using Store.Common.Messaging;
using Store.Orders.Contracts;

namespace Store.Worker;

/// <summary>Compliant: the worker learns of orders from Orders' contract.</summary>
public sealed class OrderExportJob(IMessageBus bus)
{
    public void Handle(OrderPlaced placed) => bus.Publish($"export {placed.OrderId}");
}
