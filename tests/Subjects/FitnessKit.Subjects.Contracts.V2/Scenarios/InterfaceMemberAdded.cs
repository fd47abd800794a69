// FK013, breaking: V2 adds a member without a default implementation to IPaymentGate, which consumers implement.
namespace FitnessKit.Subjects.Contracts.InterfaceMemberAdded;

public interface IPaymentGate
{
    bool Charge(Guid orderId, decimal amount);

    bool Refund(Guid orderId);
}
