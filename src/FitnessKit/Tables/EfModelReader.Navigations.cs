using FitnessKit.Loading.Il;
using FitnessKit.Model;

namespace FitnessKit.Tables;

/// <summary>Entity types EF Core adds to a model because an entity of the model navigates to them.</summary>
internal sealed partial class EfModelReader
{
    private const string OwnedAttribute = "Microsoft.EntityFrameworkCore.OwnedAttribute";

    private static readonly string[] NotEntityAttributes =
    [
        OwnedAttribute,
        "Microsoft.EntityFrameworkCore.KeylessAttribute",
        "System.ComponentModel.DataAnnotations.Schema.ComplexTypeAttribute",
        "System.ComponentModel.DataAnnotations.Schema.NotMappedAttribute",
    ];

    /// <summary>
    /// Adds the entity types that the model's entities reach through navigations alone, as EF Core's conventions do: a
    /// public property (declared on the entity or a base class) whose type is a class, or a collection of one, of the
    /// code base, with a key EF Core finds by convention (<c>Id</c>, <c>&lt;type&gt;Id</c>, <c>[Key]</c>). A class
    /// with no key (a value object stored through a converter, a complex type) is no entity of its own; neither is a type
    /// the model ignores or owns (<c>Owned&lt;T&gt;()</c>, <c>[Owned]</c>: owned by the entity whose navigation leads to
    /// it instead), nor one it configures as complex (<c>ComplexProperty</c>), nor one reached only through a navigation the entity's configuration ignores. Each added type is read for navigations in turn.
    /// </summary>
    private void DiscoverThroughNavigations(Reading reading)
    {
        var pending = new Queue<EntityMappingState>(reading.AllEntities.Where(e => !e.Excluded));
        while (pending.TryDequeue(out var state))
        {
            foreach (var (declaring, property, target, isCollection) in Navigations(state.Entity))
            {
                if (state.Ignores(property) || reading.Entities.ContainsKey(target) || reading.ComplexTypes.Contains(target))
                {
                    continue;
                }

                if (reading.OwnedBy.TryGetValue((state.Entity, target), out var configured))
                {
                    // Owned by this entity already (OwnsOne, OwnsMany): through this navigation too, when it leads there.
                    configured.Navigation(property);
                    continue;
                }

                var owned = IsOwnedType(target, reading);
                if (!owned && (reading.IsOwned(target) || !IsDiscoverableEntity(target)))
                {
                    continue;
                }

                var site = new MappingSite(declaring.Assembly.Path, CodeAnchor.ForType(System.Reflection.Metadata.Ecma335.MetadataTokens.GetToken(declaring.Type)));
                var evidence = MappingEvidence.Of($"reached through the navigation {state.Entity.DisplayName}.{property}");

                // An owned type is owned by the entity whose navigation leads to it: a reference lives in the owner's
                // table, a collection in a table of its own, as OwnsOne and OwnsMany would say.
                pending.Enqueue(owned ? reading.Owned(state, target, evidence, site, property, isCollection) : reading.Entity(target, evidence, site));
            }
        }
    }

    /// <summary>The navigations of an entity type and its base classes: each with the type that declares it, its name and the type it leads to.</summary>
    private IEnumerable<((DataAssembly Assembly, System.Reflection.Metadata.TypeDefinitionHandle Type) Declaring, string Property, TypeName Target, bool IsCollection)> Navigations(TypeName entity)
    {
        foreach (var definition in SelfAndBases(entity))
        {
            foreach (var property in definition.Assembly.PublicProperties(definition.Type))
            {
                if (property.Type is not { } type)
                {
                    continue;
                }

                var isCollection = CollectionTypes.Contains(type.Type.FullName) && type.Arguments.Count == 1;
                var use = isCollection ? type.Arguments[0] : type;
                if (!property.NotMapped && use.Arguments.Count == 0 && !GenericParameters.IsPlaceholder(use.Type) && !IsFrameworkType(use.Type))
                {
                    yield return (definition, property.Name, use.Type, isCollection);
                }
            }
        }
    }

    /// <summary>A type of the code base and its base classes, as far as their assemblies are found, up to the framework's.</summary>
    private IEnumerable<(DataAssembly Assembly, System.Reflection.Metadata.TypeDefinitionHandle Type)> SelfAndBases(TypeName type)
    {
        var current = type;
        for (var depth = 0; depth < MaxBaseDepth && assemblies.Find(current) is { } definition; depth++)
        {
            yield return definition;
            if (definition.Assembly.BaseTypeOf(definition.Type) is not { } baseType || IsFrameworkType(baseType.Type))
            {
                yield break;
            }

            current = baseType.Type;
        }
    }

    private static bool IsFrameworkType(TypeName type) =>
        type.Namespace == "System" || type.Namespace.StartsWith("System.", StringComparison.Ordinal) || type.Namespace.StartsWith("Microsoft.", StringComparison.Ordinal);

    /// <summary>Whether a type is owned wherever a navigation leads to it: the model says <c>Owned&lt;T&gt;()</c>, or the class is <c>[Owned]</c>.</summary>
    private bool IsOwnedType(TypeName type, Reading reading) =>
        reading.OwnedTypes.Contains(type) || (assemblies.Find(type) is { } definition && definition.Assembly.HasAttribute(definition.Type, OwnedAttribute));

    /// <summary>Whether EF Core would make a type reached by a navigation an entity type of its own: a class of the code base, with a key by convention.</summary>
    private bool IsDiscoverableEntity(TypeName type)
    {
        if (assemblies.Find(type) is not { } definition || !definition.Assembly.IsClass(definition.Type)
            || NotEntityAttributes.Any(a => definition.Assembly.HasAttribute(definition.Type, a)))
        {
            return false;
        }

        var keyByName = ShortName(type) + "Id";
        return SelfAndBases(type).Any(declaring =>
            declaring.Assembly.PublicProperties(declaring.Type).Any(p => p.IsKey || string.Equals(p.Name, "Id", StringComparison.OrdinalIgnoreCase) || string.Equals(p.Name, keyByName, StringComparison.OrdinalIgnoreCase))
            || declaring.Assembly.HasAttribute(declaring.Type, "Microsoft.EntityFrameworkCore.PrimaryKeyAttribute"));
    }
}
