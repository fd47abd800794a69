// FK013, breaking: V2 removes RefundIssued.
namespace FitnessKit.Subjects.Contracts.TypeRemoved;

public sealed record RefundIssued(Guid OrderId, decimal Amount);

public sealed record RefundRequested(Guid OrderId);
