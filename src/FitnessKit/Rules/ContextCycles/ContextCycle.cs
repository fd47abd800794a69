using FitnessKit.Dependencies;

namespace FitnessKit.Rules.ContextCycles;

/// <summary>
/// One elementary cycle of contexts, as the steps that make it, in order, the step that closes it last: Orders -> Payments,
/// Payments -> Orders. <see cref="Group"/> is every context of its cyclic group, which may hold more than this cycle.
/// </summary>
internal sealed record ContextCycle(IReadOnlyList<ContextDependency> Steps, IReadOnlyList<string> Group, int GroupDependencies, int UncoveredDependencies, bool Capped)
{
    /// <summary>Gets the step that closes the cycle: the one to turn around.</summary>
    public ContextDependency Closing => Steps[^1];

    /// <summary>Gets the contexts of the cycle as a path that returns to its start: <c>Orders, Payments, Orders</c>.</summary>
    public IReadOnlyList<string> Path => [.. Steps.Select(s => s.From), Steps[0].From];
}
