// FK013: Shipping implements the contract's interface, so a member added to it breaks Shipping.
using FitnessKit.Subjects.Contracts.InterfaceMemberAdded;

namespace FitnessKit.Subjects.Contracts.Consumer;

public sealed class PaymentGateStub : IPaymentGate
{
    public bool Charge(Guid orderId, decimal amount) => true;

    public bool Refund(Guid orderId) => true;
}
