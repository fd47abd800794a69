using NetArchTest.Rules;

namespace FitnessKit.NetArchTest;

/// <summary>
/// NetArchTest predicates backed by FitnessKit: <c>Types.FromPath(bin).That().ArePersistenceTypes().Should().NotBePublic()</c>.
/// NetArchTest skips every type whose namespace starts with <c>System</c> or <c>Microsoft</c> before a predicate sees it.
/// </summary>
public static class FitnessPredicates
{
    /// <summary>
    /// Selects the types FitnessKit recognises as persistence code, from each type's own assembly file: DbContexts,
    /// entity configurations, migrations, model snapshots, repository implementations, and entities mapped in the same
    /// assembly. An entity mapped only by a DbContext of another assembly needs <see cref="ArePersistenceTypes(Predicates, FitnessTypes)"/>.
    /// </summary>
    /// <param name="that">NetArchTest's predicates.</param>
    /// <returns>The predicate list.</returns>
    public static PredicateList ArePersistenceTypes(this Predicates that)
    {
        ArgumentNullException.ThrowIfNull(that);
        return that.MeetCustomRule(new TypeRule((type, file) => ModuleTypes.Of(file).IsPersistenceType(type)));
    }

    /// <summary>Selects the types FitnessKit recognises as persistence code among the assemblies of a view.</summary>
    /// <param name="that">NetArchTest's predicates.</param>
    /// <param name="types">FitnessKit's view of the assemblies.</param>
    /// <returns>The predicate list.</returns>
    public static PredicateList ArePersistenceTypes(this Predicates that, FitnessTypes types)
    {
        ArgumentNullException.ThrowIfNull(that);
        ArgumentNullException.ThrowIfNull(types);
        return that.MeetCustomRule(new TypeRule((type, _) => types.IsPersistenceType(type)));
    }

    /// <summary>Selects the types owned by a bounded context.</summary>
    /// <param name="that">NetArchTest's predicates.</param>
    /// <param name="types">FitnessKit's view of the assemblies, loaded with a context map.</param>
    /// <param name="context">The name of the context, such as <c>Orders</c>.</param>
    /// <returns>The predicate list.</returns>
    public static PredicateList AreOwnedBy(this Predicates that, FitnessTypes types, string context)
    {
        ArgumentNullException.ThrowIfNull(that);
        ArgumentNullException.ThrowIfNull(types);
        return that.MeetCustomRule(new TypeRule((type, _) => types.IsOwnedBy(type, context)));
    }
}
