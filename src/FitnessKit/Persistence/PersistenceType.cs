using FitnessKit.Model;

namespace FitnessKit.Persistence;

/// <summary>A type recognised as persistence code, with why.</summary>
/// <param name="Type">The type.</param>
/// <param name="Kind">What sort of persistence type it is.</param>
/// <param name="Evidence">Why it was recognised, as a phrase: <c>mapped by DbSet&lt;Order&gt; Orders of Shop.Orders.Infrastructure.OrdersDbContext</c>.</param>
/// <param name="MappedBy">For entities: the database contexts and configurations that map it.</param>
public sealed record PersistenceType(TypeName Type, PersistenceKind Kind, string Evidence, IReadOnlyList<TypeName> MappedBy)
{
    // Written when read for the types a catalog finds (PersistenceEvidence); a phrase given whole is kept as it is.
    private readonly PersistenceEvidence _evidence = PersistenceEvidence.Of(Evidence);

    internal PersistenceType(TypeName type, PersistenceKind kind, PersistenceEvidence evidence, IReadOnlyList<TypeName> mappedBy)
        : this(type, kind, string.Empty, mappedBy) => _evidence = evidence;

    /// <summary>Gets why it was recognised, as a phrase: <c>mapped by DbSet&lt;Order&gt; Orders of Shop.Orders.Infrastructure.OrdersDbContext</c>.</summary>
    public string Evidence
    {
        get => _evidence.Text();
        init => _evidence = PersistenceEvidence.Of(value);
    }

    /// <summary>Gets the kind as a person says it: <c>DbContext</c>, <c>entity configuration</c>, <c>mapped entity</c>.</summary>
    public string KindText => Kind switch
    {
        PersistenceKind.DbContext => "DbContext",
        PersistenceKind.EntityConfiguration => "entity configuration",
        PersistenceKind.Migration => "migration",
        PersistenceKind.ModelSnapshot => "model snapshot",
        PersistenceKind.MappedEntity => "mapped entity",
        PersistenceKind.Repository => "repository implementation",
        _ => "persistence type",
    };

    /// <summary>Whether another is the same type of the same kind, recognised for the same reason and mapped by the same list.</summary>
    /// <param name="other">The other.</param>
    /// <returns><see langword="true"/> when they are equal.</returns>
    public bool Equals(PersistenceType? other) =>
        other is not null && Type.Equals(other.Type) && Kind == other.Kind && Evidence == other.Evidence && Equals(MappedBy, other.MappedBy);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Type, Kind, MappedBy);
}
