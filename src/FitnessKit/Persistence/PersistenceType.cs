using FitnessKit.Model;

namespace FitnessKit.Persistence;

/// <summary>A type recognised as persistence code, with why.</summary>
/// <param name="Type">The type.</param>
/// <param name="Kind">What sort of persistence type it is.</param>
/// <param name="Evidence">Why it was recognised, as a phrase: <c>mapped by DbSet&lt;Order&gt; Orders of Shop.Orders.Infrastructure.OrdersDbContext</c>.</param>
/// <param name="MappedBy">For entities: the database contexts and configurations that map it.</param>
public sealed record PersistenceType(TypeName Type, PersistenceKind Kind, string Evidence, IReadOnlyList<TypeName> MappedBy)
{
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
}
