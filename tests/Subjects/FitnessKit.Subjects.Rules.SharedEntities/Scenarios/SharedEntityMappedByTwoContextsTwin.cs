namespace FitnessKit.Subjects.Rules.SharedEntities;

/// <summary>What a shared package may carry: a value both Ordering and Shipping use in their own models, mapped by neither.</summary>
public readonly record struct SharedMoney(decimal Amount, string Currency)
{
    public SharedMoney Add(SharedMoney other) =>
        other.Currency == Currency ? new(Amount + other.Amount, Currency) : throw new InvalidOperationException($"Cannot add {other.Currency} to {Currency}.");
}
