namespace FitnessKit.Subjects.Rules.Ordering.Domain;

/// <summary>Ordering's record of settled payments: internal to Ordering, reached from Shipping only inside an async lambda.</summary>
public static class OrderPayments
{
    private static readonly HashSet<Guid> Settled = [];

    public static void Settle(Guid orderId) => Settled.Add(orderId);

    public static Task<bool> IsSettledAsync(Guid orderId) => Task.FromResult(Settled.Contains(orderId));
}
