// FK013, breaking: V2 adds the required property Currency to PriceQuote.
namespace FitnessKit.Subjects.Contracts.RequiredMemberAdded;

public sealed class PriceQuote
{
    public decimal Amount { get; init; }
}
