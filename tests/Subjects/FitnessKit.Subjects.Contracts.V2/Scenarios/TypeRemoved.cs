// FK013, breaking: V2 removes RefundIssued.
namespace FitnessKit.Subjects.Contracts.TypeRemoved;

public sealed record RefundRequested(Guid OrderId);
