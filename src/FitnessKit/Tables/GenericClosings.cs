using FitnessKit.ContextMapping;
using FitnessKit.Model;

namespace FitnessKit.Tables;

/// <summary>
/// The types of the code base's own assemblies that close a generic base type of it, with its type arguments: each
/// <c>class SettingCount : PluralTableReader&lt;Setting&gt;</c> for <c>PluralTableReader`1</c>, through every base between
/// them, and whether the closing type is in a context. The SQL a generic base builds from its type parameter
/// (<c>typeof(TRow).Name</c>) is read for each of them. Built when first asked, as most code bases build no SQL so.
/// </summary>
internal sealed class GenericClosings
{
    private const int MostBases = 16;

    private readonly Dictionary<TypeName, List<GenericClosing>> _byDefinition = new();

    private GenericClosings()
    {
    }

    /// <summary>The closings of the generic types of a code base by the types of its first-party assemblies.</summary>
    public static GenericClosings Of(ContextModel model)
    {
        var closings = new GenericClosings();
        foreach (var assembly in model.CodeBase.Assemblies.Where(a => a.IsFirstParty))
        {
            foreach (var type in assembly.Types)
            {
                closings.Add(model, type);
            }
        }

        return closings;
    }

    /// <summary>The types that close <paramref name="definition"/> with arguments of no generic parameter, in the order of their assemblies.</summary>
    public IReadOnlyList<GenericClosing> Of(TypeName definition) =>
        _byDefinition.TryGetValue(definition, out var found) ? found : [];

    private void Add(ContextModel model, InspectedType type)
    {
        var use = type.BaseType;
        for (var depth = 0; use is not null && depth < MostBases; depth++)
        {
            if (use.Arguments.Count > 0 && !use.Arguments.Any(HasPlaceholder))
            {
                (_byDefinition.TryGetValue(use.Type, out var list) ? list : _byDefinition[use.Type] = []).Add(new(type.Name, use.Arguments, model.ContextOf(type.Name) is not null));
            }

            // The base's own base, with the base's arguments put in for its parameters.
            use = model.CodeBase.FindType(use.Type)?.BaseType is { } next ? new TypeSubstitution(use.Arguments, []).Apply(next) : null;
        }
    }

    private static bool HasPlaceholder(TypeUse use) => GenericParameters.IsPlaceholder(use.Type) || use.Arguments.Any(HasPlaceholder);
}
