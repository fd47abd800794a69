using FitnessKit.Subjects.Rules.Ordering.Domain;

namespace FitnessKit.Subjects.Rules.Shipping.DomainCallInAsyncLambda;

/// <summary>
/// FK001: asks Ordering's OrderPayments, internal to Ordering, whether an order is paid. The call is made only inside an
/// async lambda that captures the order id, so it compiles into a closure and a state machine, and belongs to CanDispatchAsync.
/// </summary>
public sealed class DispatchGate
{
    public Task<bool> CanDispatchAsync(Guid orderId) => Task.Run(async () =>
    {
        await Task.Yield();
        return await OrderPayments.IsSettledAsync(orderId);
    });
}
