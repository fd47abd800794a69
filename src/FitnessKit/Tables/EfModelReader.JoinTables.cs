using FitnessKit.Loading.Il;
using FitnessKit.Model;

namespace FitnessKit.Tables;

/// <summary>
/// The join tables of many-to-many relationships: configured with <c>HasMany(...).WithMany(...)</c> and
/// <c>UsingEntity</c>, or made by EF Core's convention for two entities that each hold a collection of the other.
/// </summary>
internal sealed partial class EfModelReader
{
    private const string CollectionNavigationBuilderType = "Microsoft.EntityFrameworkCore.Metadata.Builders.CollectionNavigationBuilder`2";
    private const string CollectionCollectionBuilderType = "Microsoft.EntityFrameworkCore.Metadata.Builders.CollectionCollectionBuilder`2";
    private const string NamedCollectionNavigationBuilderType = "Microsoft.EntityFrameworkCore.Metadata.Builders.CollectionNavigationBuilder";
    private const string PropertyBagType = "System.Collections.Generic.Dictionary`2";

    private static readonly HashSet<string> CollectionTypes = new(StringComparer.Ordinal)
    {
        "System.Collections.Generic.ICollection`1", "System.Collections.Generic.List`1", "System.Collections.Generic.IList`1",
        "System.Collections.Generic.HashSet`1", "System.Collections.Generic.ISet`1", "System.Collections.Generic.IEnumerable`1",
        "System.Collections.Generic.IReadOnlyCollection`1", "System.Collections.Generic.IReadOnlyList`1",
        "System.Collections.ObjectModel.Collection`1", "System.Collections.ObjectModel.ObservableCollection`1",
    };

    /// <summary>Whether a join entity type is EF Core's property bag, which has no class of its own and is named instead.</summary>
    private static bool IsPropertyBag(TypeName type) => type.FullName == PropertyBagType;

    /// <summary>
    /// The many-to-many a builder of both entity types configures (<c>CollectionNavigationBuilder&lt;TLeft, TRight&gt;</c>,
    /// <c>CollectionCollectionBuilder&lt;TLeft, TRight&gt;</c>), once for its pair whichever side configures it.
    /// </summary>
    private static JoinState? Join(TypeUse builder, TypeSubstitution substitution, Reading reading, MappingSite site, string where)
    {
        if (builder.Arguments.Count != 2 || Concrete(substitution.Apply(builder.Arguments[0])) is not { } one || Concrete(substitution.Apply(builder.Arguments[1])) is not { } other)
        {
            // Configured by property names (HasMany("Tags")): which entities it joins is not read.
            reading.ConfiguresUnknownJoins = true;
            return null;
        }

        return Join(one, other, reading, site, where);
    }

    /// <summary>
    /// <c>HasMany("Seals").WithMany(...)</c>: a many-to-many configured by the navigation's name, on a builder with no
    /// type arguments. The entity is the one whose builder <c>HasMany</c> is called on; the other, the element type of
    /// its collection property of that name. Either not known: a note.
    /// </summary>
    private JoinState? JoinByName(CallSite withMany, TypeSubstitution substitution, Reading reading, MappingSite site, string where)
    {
        if (withMany.Arguments is [CallResultValue { Method.Name: "HasMany" } hasMany, ..] && Text(hasMany.Arguments, 1) is { } navigation
            && hasMany.Arguments[0] switch
            {
                CallResultValue { Method.Name: "Entity" } entity => EntityOf(entity.Method, entity.Arguments, substitution, 0),
                ArgumentValue { Type.Arguments: [var entity] } => Concrete(substitution.Apply(entity)),
                TypedValue { Type.Arguments: [var entity] } => Concrete(substitution.Apply(entity)),
                _ => null,
            } is { } one
            && Navigations(one).FirstOrDefault(n => n.Property == navigation).Target is { } other)
        {
            return Join(one, other, reading, site, where);
        }

        reading.ConfiguresUnknownJoins = true;
        return null;
    }

    private static JoinState Join(TypeName one, TypeName other, Reading reading, MappingSite site, string where)
    {
        var (left, right) = Ordered(one, other);
        if (!reading.Joins.TryGetValue((left, right), out var join))
        {
            reading.Joins[(left, right)] = join = new JoinState(left, right, site) { Where = where };
        }

        return join;
    }

    /// <summary>
    /// <c>UsingEntity</c>: the join entity is a class (<c>UsingEntity&lt;PickAssignment&gt;()</c>, <c>UsingEntity(typeof(...))</c>),
    /// which is mapped like any entity, or a name (<c>UsingEntity("WarehouseZoneLinks")</c>) that names its table too;
    /// its lambdas are read with the join in scope, so that <c>j =&gt; j.ToTable(...)</c> renames the join table.
    /// </summary>
    private void UsingEntity(CallSite call, TypeSubstitution substitution, Reading reading, MappingSite site, string where, DataAssembly assembly, int depth)
    {
        var method = call.Method;
        // Both entities are the builder's type arguments; for an overload the non-generic base builder declares, they
        // are those of the WithMany that made the builder.
        var builder = method.TypeFullName == CollectionCollectionBuilderType ? method.DeclaringType
            : call.Arguments is [CallResultValue { Method: { Name: "WithMany", TypeFullName: CollectionNavigationBuilderType } withMany }, ..] ? withMany.DeclaringType
            : null;
        var join = builder is not null ? Join(builder, substitution, reading, site, where)
            : call.Arguments is [CallResultValue { Method: { Name: "WithMany", TypeFullName: NamedCollectionNavigationBuilderType } } byName, ..]
                ? JoinByName(new CallSite(byName.Method, byName.Arguments, call.Offset, false), substitution, reading, site, where)
                : null;
        if (join is null)
        {
            reading.ConfiguresUnknownJoins = true;
            return;
        }

        var given = method.HasThis ? 1 : 0;
        var joinType = method.MethodArguments.Count > 0 ? Concrete(substitution.Apply(method.MethodArguments[0]))
            : call.Arguments.Skip(given).OfType<TypeTokenValue>().Select(t => Concrete(substitution.Apply(t.Type))).FirstOrDefault();
        if (joinType is not null && !IsPropertyBag(joinType))
        {
            join.Entity = joinType;
            reading.Entity(joinType, MappingEvidence.Of($"join entity of the many-to-many between {join.Left.DisplayName} and {join.Right.DisplayName} (UsingEntity in {where})"), site);
        }

        for (var i = 0; i < method.Parameters.Count; i++)
        {
            if (method.ParameterIs(i, "System.String"))
            {
                join.Name = Text(call.Arguments, i + given) ?? join.Name;
                join.Where = $"UsingEntity(\"{join.Name}\") in {where}";
                break;
            }
        }

        var outer = reading.JoinScope;
        reading.JoinScope = join;
        try
        {
            FollowLambdas(assembly, call, substitution, reading, depth);
        }
        finally
        {
            reading.JoinScope = outer;
        }
    }

    /// <summary><c>ToTable</c> on the builder of a join entity with no class of its own.</summary>
    private static void MapJoin(CallSite call, JoinState join, Reading reading, string where)
    {
        var method = call.Method;
        if (!method.ParameterIs(1, "System.String"))
        {
            return;
        }

        if (Text(call.Arguments, 1) is not { } name)
        {
            reading.Notes.Add($"the join table of {join.Left.DisplayName} and {join.Right.DisplayName} in {where} is computed at run time");
            return;
        }

        join.Table = name;
        join.Schema = method.ParameterIs(2, "System.String") ? Text(call.Arguments, 2) : join.Schema;
        join.Where = join.Schema is null ? $"{method.Name}(\"{name}\") in {where}" : $"{method.Name}(\"{name}\", \"{join.Schema}\") in {where}";
    }

    /// <summary>
    /// The join tables with no join entity class: each configured many-to-many's, named by <c>UsingEntity</c> or its
    /// <c>ToTable</c>, else as EF Core names it, after both entities, the ordinally smaller name first (<c>ProductTag</c>);
    /// then those of the entities that each hold a collection of the other and are not configured. In the model's
    /// default schema unless the <c>ToTable</c> names one.
    /// </summary>
    private IEnumerable<(string Entity, string Table, string? Schema, string Evidence, MappingSite? Site)> JoinTables(Reading reading)
    {
        if (reading.ConfiguresUnknownJoins)
        {
            reading.Notes.Add("a many-to-many is configured by property names; its join table is not read");
        }

        foreach (var join in reading.Joins.Values.Where(j => j.Entity is null))
        {
            var name = join.Name ?? ShortName(join.Left) + ShortName(join.Right);
            yield return (name, join.Table ?? Named(name, reading), join.Schema, $"many-to-many between {join.Left.DisplayName} and {join.Right.DisplayName}, {join.Where}{Written(reading)}", join.Site);
        }

        var collections = new Dictionary<TypeName, HashSet<TypeName>>();
        foreach (var entity in reading.Entities.Values.Where(e => !e.Excluded && e.Owner is null))
        {
            if (assemblies.Find(entity.Entity) is not { } definition)
            {
                continue;
            }

            collections[entity.Entity] = [.. definition.Assembly.GenericProperties(definition.Type)
                .Where(p => CollectionTypes.Contains(p.Type.Type.FullName) && p.Type.Arguments.Count == 1)
                .Select(p => p.Type.Arguments[0].Type)];
        }

        foreach (var (left, targets) in collections)
        {
            foreach (var right in targets)
            {
                if (collections.TryGetValue(right, out var back) && back.Contains(left) && Ordered(left, right) is var pair && ReferenceEquals(pair.Left, left)
                    && !reading.Joins.ContainsKey(pair) && !left.Equals(right))
                {
                    var name = ShortName(left) + ShortName(right);
                    yield return (name, Named(name, reading), null, $"many-to-many between {left.DisplayName} and {right.DisplayName}, joined by convention{Written(reading)}", reading.Entities[left].Site);
                }
            }
        }
    }

    /// <summary>A join table's name as EF Core gives it, rewritten by the context's naming convention.</summary>
    private static string Named(string name, Reading reading) => reading.Naming?.Rewrite(name) ?? name;

    private static string Written(Reading reading) => reading.Naming is { } naming ? $", written in {naming.Style} by {naming.Method}" : string.Empty;

    /// <summary>The two entities of a many-to-many in the order EF Core names its join after them: by short name, ordinally.</summary>
    private static (TypeName Left, TypeName Right) Ordered(TypeName one, TypeName other) =>
        string.CompareOrdinal(ShortName(one), ShortName(other)) is var order && (order < 0 || (order == 0 && string.CompareOrdinal(one.FullName, other.FullName) <= 0))
            ? (one, other)
            : (other, one);
}
