namespace FitnessKit.Model;

/// <summary>
/// Compares type names and inspected types by reference, as tables do whose keys are made once each, and hashes them by
/// the hash their name already holds. The runtime's identity hash, which reference comparison uses by default, is
/// written into each object's header the first time it is asked, in a call out of managed code: a check asked it for
/// every type it resolved and every target it decoded.
/// </summary>
internal sealed class SameObject : IEqualityComparer<TypeName>, IEqualityComparer<InspectedType>
{
    public static readonly SameObject Comparer = new();

    private SameObject()
    {
    }

    public bool Equals(TypeName? x, TypeName? y) => ReferenceEquals(x, y);

    public int GetHashCode(TypeName obj) => obj.GetHashCode();

    public bool Equals(InspectedType? x, InspectedType? y) => ReferenceEquals(x, y);

    public int GetHashCode(InspectedType obj) => obj.Name.GetHashCode();
}
