using FitnessKit.ContextMapping;
using FitnessKit.Model;

namespace FitnessKit.Dependencies;

/// <summary>A target of a dependency between contexts, counted once for its context and its type's full name (<see cref="FullNameOrder"/>).</summary>
internal sealed class TargetByFullName : IEqualityComparer<(BoundedContext Context, TypeName Type)>
{
    public static readonly TargetByFullName Instance = new();

    private TargetByFullName()
    {
    }

    public bool Equals((BoundedContext Context, TypeName Type) x, (BoundedContext Context, TypeName Type) y) =>
        x.Context == y.Context && FullNameOrder.Instance.Equals(x.Type, y.Type);

    public int GetHashCode((BoundedContext Context, TypeName Type) obj) =>
        HashCode.Combine(obj.Context, FullNameOrder.Instance.GetHashCode(obj.Type));
}
