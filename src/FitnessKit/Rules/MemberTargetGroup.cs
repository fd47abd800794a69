using FitnessKit.Model;

namespace FitnessKit.Rules;

/// <summary>The dependencies of one member of a type on one type.</summary>
internal sealed class MemberTargetGroup(string? member, TypeName target)
{
    /// <summary>Gets the member the dependencies are in; <see langword="null"/> for the type's own header.</summary>
    public string? Member { get; } = member;

    /// <summary>Gets the type they lead to.</summary>
    public TypeName Target { get; } = target;

    /// <summary>Gets the dependencies, in the order they came.</summary>
    public List<TypeDependency> Dependencies { get; } = [];

    /// <summary>
    /// The dependency a violation points at: the first with an instruction (an IL offset above zero) at the lowest
    /// offset, or the first of all when none has one; what <c>OrderByDescending(d =&gt; d.Anchor.ILOffset &gt; 0).ThenBy(d =&gt; d.Anchor.ILOffset).First()</c> gives.
    /// </summary>
    public TypeDependency Placed()
    {
        var best = Dependencies[0];
        for (var i = 1; i < Dependencies.Count; i++)
        {
            var candidate = Dependencies[i];
            bool hasOffset = candidate.Anchor.ILOffset > 0, bestHasOffset = best.Anchor.ILOffset > 0;
            if ((hasOffset && !bestHasOffset) || (hasOffset == bestHasOffset && candidate.Anchor.ILOffset < best.Anchor.ILOffset))
            {
                best = candidate;
            }
        }

        return best;
    }
}
