using FitnessKit.Subjects.Rules.Ordering.Domain;
using FitnessKit.Subjects.Rules.Shipping.Wiring;

// FK001 at assembly level: Shipping.Wiring subscribes to Ordering's domain event OrderPaid. The only use of the Ordering
// assembly is this assembly-level attribute, which no type holds, so the violation is the assembly reference itself.
[assembly: Consumes(typeof(OrderPaid))]
