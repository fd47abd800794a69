using System.Runtime.CompilerServices;
using FitnessKit.ContextMapping;
using FitnessKit.Inspection;
using FitnessKit.Rules;

namespace FitnessKit.Evaluation;

/// <summary>
/// What the checks of one code base with one context map share: the map resolved against the code, and the catalogs
/// of the system its rules decide with (<see cref="SystemCatalogs"/>). A test project that checks one rule per test case
/// (<c>[Theory, CatalogRules]</c>) resolves the map once and reads the tables once, not once for each rule that asks.
/// Held while both the code base and a map built alike are (<see cref="ContextMap.CheckedKey"/>: a map built again in
/// each test shares them too), as the code's decoded dependencies are (<see cref="CodeBase"/> keeps them per map).
/// </summary>
internal static class CheckedMaps
{
    private static readonly ConditionalWeakTable<CodeBase, ConditionalWeakTable<MapKey, Checked>> Shared = new();

    /// <summary>The map resolved against the code base, and its catalogs: made by the first check, shared by the next.</summary>
    /// <exception cref="FitnessKitException">The map does not fit the code; nothing is kept, and the next check says so again.</exception>
    public static (ContextModel Model, SystemCatalogs Catalogs) Of(CodeBase codeBase, ContextMap map)
    {
        var checks = Shared.GetValue(codeBase, static _ => new ConditionalWeakTable<MapKey, Checked>());
        var made = checks.GetValue(map.CheckedKey, _ => new Checked(map.Resolve(codeBase)));
        return (made.Model, made.Catalogs);
    }

    private sealed class Checked(ContextModel model)
    {
        public ContextModel Model { get; } = model;

        public SystemCatalogs Catalogs { get; } = new(model);
    }
}
