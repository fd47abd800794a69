using FitnessKit.ContextMapping;
using FitnessKit.Persistence;

namespace FitnessKit.ArchUnitNET;

/// <summary>
/// Predicates backed by FitnessKit's model, for ArchUnitNET's fluent rules:
/// <c>Types().That().FollowCustomPredicate(FitnessPredicates.PersistenceTypes()).Should().NotBePublic()</c>.
/// </summary>
public static class FitnessPredicates
{
    /// <summary>Gets the types FitnessKit recognises as persistence code: DbContexts, entity configurations, migrations, model snapshots, mapped entities, repository implementations.</summary>
    /// <param name="detection">How to recognise them; <see cref="PersistenceDetection.Default"/> when <see langword="null"/>.</param>
    /// <returns>The predicate.</returns>
    public static FitnessPredicate PersistenceTypes(PersistenceDetection? detection = null) =>
        new("are persistence types", codeBase =>
        {
            var catalog = PersistenceCatalog.Build(codeBase, detection);
            var names = catalog.Types.Select(t => Key(t.Type.Assembly, t.Type.FullName)).ToHashSet(StringComparer.Ordinal);
            return (assembly, fullName) => names.Contains(Key(assembly, fullName));
        }, new ArchitectureFiles([]));

    /// <summary>Gets the types owned by a bounded context of a map.</summary>
    /// <param name="map">The context map.</param>
    /// <param name="context">The name of the context, such as <c>Orders</c>.</param>
    /// <returns>The predicate.</returns>
    public static FitnessPredicate OwnedBy(ContextMap map, string context)
    {
        ArgumentNullException.ThrowIfNull(map);
        return new($"are owned by context {context}", codeBase =>
        {
            var names = map.Resolve(codeBase)[context].Types.Select(t => Key(t.Name.Assembly, t.FullName)).ToHashSet(StringComparer.Ordinal);
            return (assembly, fullName) => names.Contains(Key(assembly, fullName));
        }, new ArchitectureFiles([]));
    }

    private static string Key(string assembly, string fullName) => assembly + "|" + fullName;
}
