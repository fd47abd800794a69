using FitnessKit.Subjects.Rules.Ordering.Contracts;
using FitnessKit.Subjects.Rules.Shipping.Wiring;

// The same subscription to Ordering's integration event OrderPaymentSettled: a reference to Ordering.Contracts, which is allowed.
[assembly: Consumes(typeof(OrderPaymentSettled))]
