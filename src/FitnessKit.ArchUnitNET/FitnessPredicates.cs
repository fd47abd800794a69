using System.Runtime.CompilerServices;
using FitnessKit.ContextMapping;
using FitnessKit.Inspection;
using FitnessKit.Persistence;

namespace FitnessKit.ArchUnitNET;

/// <summary>
/// Predicates backed by FitnessKit's model, for ArchUnitNET's fluent rules:
/// <c>Types().That().FollowCustomPredicate(FitnessPredicates.PersistenceTypes()).Should().NotBePublic()</c>.
/// </summary>
public static class FitnessPredicates
{
    private static readonly ConditionalWeakTable<CodeBase, ConditionalWeakTable<PersistenceDetection, HashSet<string>>> Recognised = new();

    /// <summary>Gets the types FitnessKit recognises as persistence code: DbContexts, entity configurations, migrations, model snapshots, mapped entities, repository implementations.</summary>
    /// <param name="detection">How to recognise them; <see cref="PersistenceDetection.Default"/> when <see langword="null"/>.</param>
    /// <returns>The predicate.</returns>
    public static FitnessPredicate PersistenceTypes(PersistenceDetection? detection = null) =>
        new("are persistence types", codeBase =>
        {
            var names = PersistenceNames(codeBase, detection ?? PersistenceDetection.Default);
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

    /// <summary>
    /// The persistence types of a code base, by assembly and full name, recognised once for each way of recognising them
    /// and shared by every predicate that asks: ArchUnitNET evaluates a rule's predicate each time the rule is asked
    /// (twice for a failing rule), and recognising them decodes the code of every DbContext and configuration.
    /// </summary>
    internal static HashSet<string> PersistenceNames(CodeBase codeBase, PersistenceDetection detection) =>
        Recognised.GetValue(codeBase, static _ => new ConditionalWeakTable<PersistenceDetection, HashSet<string>>())
            .GetValue(detection, d => PersistenceCatalog.Build(codeBase, d).Types.Select(t => Key(t.Type.Assembly, t.Type.FullName)).ToHashSet(StringComparer.Ordinal));

    private static string Key(string assembly, string fullName) => assembly + "|" + fullName;
}
