// FK013, breaking: V2's OrderShipped event requires a tracking code that was optional.
namespace FitnessKit.Subjects.Contracts.EventPropertyMadeNonOptional;

public sealed record OrderShipped
{
    public Guid OrderId { get; init; }

    public required string TrackingCode { get; init; }
}
