using FitnessKit.ContextMapping;
using FitnessKit.Model;

namespace FitnessKit.Tables;

/// <summary>Finds the nouns several contexts define: classes, records and structs of the same name, compiler-generated types, interfaces, enums and delegates left out.</summary>
public static class NounCatalog
{
    /// <summary>The nouns defined in two or more contexts, ordered by name.</summary>
    /// <param name="model">The resolved contexts.</param>
    /// <param name="tables">The tables, to mark the definitions a database context maps; none marked when <see langword="null"/>.</param>
    /// <returns>The shared nouns.</returns>
    public static IReadOnlyList<SharedNoun> Find(ContextModel model, TableCatalog? tables = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        var mapped = tables is null ? [] : tables.Mappings.Select(m => m.Entity).ToHashSet();
        return [.. model.Contexts
            .SelectMany(c => c.Types.Where(IsNoun).Select(t => (Context: c.Name, Type: t)))
            .GroupBy(d => Noun(d.Type), StringComparer.Ordinal)
            .Where(g => g.Select(d => d.Context).Distinct(StringComparer.Ordinal).Count() > 1)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new SharedNoun(g.Key, [.. g
                .OrderBy(d => d.Context, StringComparer.Ordinal).ThenBy(d => d.Type.FullName, StringComparer.Ordinal)
                .Select(d => new NounDefinition(d.Context, d.Type.FullName, Properties(model, d.Type), mapped.Contains(d.Type.Name)))]))];
    }

    private static bool IsNoun(InspectedType type) =>
        type.Category is TypeCategory.Class or TypeCategory.Struct && !type.Name.IsCompilerGenerated && !type.IsNested;

    private static string Noun(InspectedType type)
    {
        var tick = type.Name.Name.IndexOf('`', StringComparison.Ordinal);
        return tick < 0 ? type.Name.Name : type.Name.Name[..tick];
    }

    private static string[] Properties(ContextModel model, InspectedType type) =>
        [.. model.View.Of(type).Where(d => d.Kind == DependencyKind.PropertyType && d.Member is not null).Select(d => d.Member!).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
}
