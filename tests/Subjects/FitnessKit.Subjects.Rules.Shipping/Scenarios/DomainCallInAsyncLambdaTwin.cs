using FitnessKit.Subjects.Rules.Ordering.Contracts;

namespace FitnessKit.Subjects.Rules.Shipping.DomainCallInAsyncLambdaTwin;

/// <summary>Answers the same question from Shipping's own projection, inside the same kind of async lambda.</summary>
public sealed class DispatchGate(PaidOrders paidOrders)
{
    public Task<bool> CanDispatchAsync(Guid orderId) => Task.Run(async () =>
    {
        await Task.Yield();
        return paidOrders.Contains(orderId);
    });
}

/// <summary>Shipping's local projection of paid orders, fed by Ordering's OrderPaymentSettled contract event.</summary>
public sealed class PaidOrders
{
    private readonly HashSet<Guid> _paid = [];

    public void Apply(OrderPaymentSettled settled) => _paid.Add(settled.OrderId);

    public bool Contains(Guid orderId) => _paid.Contains(orderId);
}
