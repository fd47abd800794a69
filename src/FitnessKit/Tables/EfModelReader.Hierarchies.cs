using FitnessKit.Model;

namespace FitnessKit.Tables;

/// <summary>Inheritance: entity types of the model whose base type is an entity type of the model too.</summary>
internal sealed partial class EfModelReader
{
    private const int MaxBaseDepth = 16;

    /// <summary>
    /// The hierarchy an entity belongs to, with its root and how it is mapped: as the root's <c>UseTphMappingStrategy</c>,
    /// <c>UseTptMappingStrategy</c> or <c>UseTpcMappingStrategy</c> says; else a table per type when a derived type is
    /// given a table of its own (<c>ToTable</c>, <c>[Table]</c>), as EF Core infers; else EF Core's default, one table
    /// for the hierarchy. <see langword="null"/> for an entity with no base or derived entity type in the model.
    /// </summary>
    private (EntityMappingState Root, string Strategy)? Hierarchy(EntityMappingState state, Reading reading)
    {
        reading.Hierarchies ??= Hierarchies(reading);
        return reading.Hierarchies.TryGetValue(state.Entity, out var hierarchy) ? hierarchy : null;
    }

    private Dictionary<TypeName, (EntityMappingState Root, string Strategy)> Hierarchies(Reading reading)
    {
        var mapped = reading.Entities.Values.Where(e => !e.Excluded && e.Owner is null).ToList();
        var parents = new Dictionary<TypeName, EntityMappingState>();
        foreach (var state in mapped)
        {
            if (NearestMappedBase(state.Entity, reading) is { } parent)
            {
                parents[state.Entity] = parent;
            }
        }

        var members = new Dictionary<EntityMappingState, List<EntityMappingState>>();
        foreach (var state in mapped.Where(s => parents.ContainsKey(s.Entity)))
        {
            var root = state;
            for (var depth = 0; depth < MaxBaseDepth && parents.TryGetValue(root.Entity, out var parent); depth++)
            {
                root = parent;
            }

            if (!members.TryGetValue(root, out var list))
            {
                members[root] = list = [root];
            }

            list.Add(state);
        }

        var hierarchies = new Dictionary<TypeName, (EntityMappingState, string)>();
        foreach (var (root, list) in members)
        {
            var rootTable = root.Table ?? root.SetName ?? ShortName(root.Entity);
            var strategy = root.MappingStrategy
                ?? (list.Any(m => !ReferenceEquals(m, root) && m.Table is not null && !string.Equals(m.Table, rootTable, StringComparison.Ordinal)) ? "Tpt" : "Tph");
            foreach (var member in list)
            {
                hierarchies[member.Entity] = (root, strategy);
            }
        }

        return hierarchies;
    }

    /// <summary>The closest base type of an entity that is an entity of the model too, as EF Core finds an entity type's base.</summary>
    private EntityMappingState? NearestMappedBase(TypeName entity, Reading reading)
    {
        var current = entity;
        for (var depth = 0; depth < MaxBaseDepth && assemblies.Find(current) is { } definition; depth++)
        {
            if (definition.Assembly.BaseTypeOf(definition.Type) is not { } baseType || baseType.Type.FullName == "System.Object")
            {
                return null;
            }

            if (reading.Entities.TryGetValue(baseType.Type, out var state) && !state.Excluded && state.Owner is null)
            {
                return state;
            }

            current = baseType.Type;
        }

        return null;
    }
}
