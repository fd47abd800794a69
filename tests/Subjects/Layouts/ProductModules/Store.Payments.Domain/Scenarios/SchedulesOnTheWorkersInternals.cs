using Store.Worker;

namespace Store.Payments.Domain;

/// <summary>Planted FK001: Payments uses the worker's retry schedule, a type of context Worker, which has no contract.</summary>
public sealed class PaymentRetry
{
    public TimeSpan After(int attempt) => new RetrySchedule().Next(attempt);
}
