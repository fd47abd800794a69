// Compliant twin of the Direct and Transitive contracts: only the shared kernel and the framework.
using FitnessKit.Subjects.Purity.Kernel;

namespace FitnessKit.Subjects.Purity.Clean.Contracts;

public sealed record InvoicePaid(Guid InvoiceId, IReadOnlyList<string> Lines) : IFact;
