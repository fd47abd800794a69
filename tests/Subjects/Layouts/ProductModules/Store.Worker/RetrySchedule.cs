namespace Store.Worker;

public sealed class RetrySchedule
{
    public TimeSpan Next(int attempt) => TimeSpan.FromSeconds(attempt * 30);
}
