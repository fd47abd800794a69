using FitnessKit.Loading.Il;
using FitnessKit.Model;

namespace FitnessKit.Tables;

/// <summary>The state of reading one context's model.</summary>
internal sealed partial class EfModelReader
{
    private sealed class Reading(TypeName dbContext)
    {
        public TypeName DbContext { get; } = dbContext;

        public string? DefaultSchema { get; set; }

        /// <summary>Gets or sets the schema a loop over the model's entity types sets on each (<c>SetSchema</c>), and where.</summary>
        public (string Schema, string Where)? SchemaOfEvery { get; set; }

        /// <summary>Gets the naming convention that rewrites the table names EF Core gives by convention, if the context follows one.</summary>
        public NamingConvention? Naming { get; init; }

        public Dictionary<TypeName, EntityMappingState> Entities { get; } = new();

        /// <summary>
        /// Gets the owned entity types, by the type that owns each and its own type: a type owned by several entities is
        /// one entity type for each to EF Core, in each owner's table or a table of its own.
        /// </summary>
        public Dictionary<(TypeName Owner, TypeName Owned), EntityMappingState> OwnedBy { get; } = new();

        /// <summary>Gets every entity type read: the model's own, then the owned ones.</summary>
        public IEnumerable<EntityMappingState> AllEntities => Entities.Values.Concat(OwnedBy.Values);

        public HashSet<string> Walked { get; } = new(StringComparer.Ordinal);

        public List<string> Notes { get; } = new();

        /// <summary>Gets the context as an object, one per assembly of its chain, with what its constructors store in its fields.</summary>
        public Dictionary<string, NewObjectValue> Selves { get; } = new(StringComparer.OrdinalIgnoreCase);

        /// <summary>Gets the types the model makes owned wherever a navigation leads to them (<c>modelBuilder.Owned&lt;T&gt;()</c>).</summary>
        public HashSet<TypeName> OwnedTypes { get; } = new();

        /// <summary>Gets the types the model configures as complex (<c>ComplexProperty</c>, <c>ComplexCollection</c>): values of an entity, never entity types.</summary>
        public HashSet<TypeName> ComplexTypes { get; } = new();

        /// <summary>Gets the database functions the model maps, in the order met.</summary>
        public List<DbFunctionState> Functions { get; } = new();

        /// <summary>Gets each function <c>HasDbFunction</c> maps by the arguments of that call, which its builder's <c>HasName</c> and <c>HasSchema</c> lead back to.</summary>
        public Dictionary<object, DbFunctionState> FunctionBuilders { get; } = new(ReferenceEqualityComparer.Instance);

        /// <summary>Gets the many-to-many relationships the model configures (<c>WithMany</c>, <c>UsingEntity</c>), by their pair of entities.</summary>
        public Dictionary<(TypeName, TypeName), JoinState> Joins { get; } = new();

        /// <summary>Gets or sets the join whose <c>UsingEntity</c> lambdas are being read: a <c>ToTable</c> on their builder renames its table.</summary>
        public JoinState? JoinScope { get; set; }

        /// <summary>Gets or sets a value indicating whether a many-to-many is configured on a builder that names neither entity (by property name).</summary>
        public bool ConfiguresUnknownJoins { get; set; }

        /// <summary>Gets or sets each entity of an inheritance hierarchy of the model with its root and how the hierarchy is mapped, once asked.</summary>
        public Dictionary<TypeName, (EntityMappingState Root, string Strategy)>? Hierarchies { get; set; }

        /// <summary>Gets or sets the last call site in the context's own assembly, where mappings read in other assemblies are located.</summary>
        public MappingSite? Entry { get; set; }

        /// <summary>
        /// Gets or sets the type whose methods are being read, with its base types: the context, or a configuration while
        /// its <c>Configure</c> is read. A virtual call on <c>this</c> runs the most derived override among them.
        /// </summary>
        public IReadOnlyList<(Loading.Il.DataAssembly Assembly, System.Reflection.Metadata.TypeDefinitionHandle Type, TypeSubstitution Substitution)> Chain { get; set; } = [];

        /// <summary>The state of a type owned by another, made owned by it through a navigation when first met.</summary>
        public EntityMappingState Owned(EntityMappingState owner, TypeName owned, MappingEvidence evidence, MappingSite site, string? navigation, bool many)
        {
            if (!OwnedBy.TryGetValue((owner.Entity, owned), out var state))
            {
                OwnedBy[(owner.Entity, owned)] = state = new EntityMappingState(owned)
                {
                    Evidence = evidence, Site = site, Owner = owner.Entity, OwnerState = owner, Schema = SchemaOfEvery?.Schema, SchemaSetBy = SchemaOfEvery?.Where,
                };
            }

            if (state.Evidence.IsEmpty && !evidence.IsEmpty)
            {
                state.Evidence = evidence;
                state.Site = site;
            }

            state.OwnedMany |= many;
            if (navigation is not null)
            {
                state.Navigation(navigation);
            }

            return state;
        }

        /// <summary>Whether the type is owned by some entity type of the model.</summary>
        public bool IsOwned(TypeName type) => OwnedBy.Keys.Any(k => k.Owned.Equals(type));

        /// <summary>The entity's state, created on first mention with the evidence of that mention.</summary>
        public EntityMappingState Entity(TypeName entity, MappingEvidence evidence, MappingSite site)
        {
            if (!Entities.TryGetValue(entity, out var state))
            {
                Entities[entity] = state = new EntityMappingState(entity) { Evidence = evidence, Site = site, Schema = SchemaOfEvery?.Schema, SchemaSetBy = SchemaOfEvery?.Where };
            }
            else if (state.Evidence.IsEmpty && !evidence.IsEmpty)
            {
                state.Evidence = evidence;
                state.Site ??= site;
            }

            return state;
        }
    }
}

/// <summary>A many-to-many relationship the model configures, and what it says of its join.</summary>
internal sealed class JoinState(TypeName left, TypeName right, MappingSite site)
{
    public TypeName Left { get; } = left;

    public TypeName Right { get; } = right;

    public MappingSite Site { get; } = site;

    /// <summary>Gets or sets the join entity type's name given to <c>UsingEntity</c>, which names its table too.</summary>
    public string? Name { get; set; }

    /// <summary>Gets or sets the join entity class given to <c>UsingEntity</c>: then the join is that class's table.</summary>
    public TypeName? Entity { get; set; }

    public string? Table { get; set; }

    public string? Schema { get; set; }

    /// <summary>Gets or sets where the join was configured: the call that names or renames its table, else <c>WithMany</c>'s or <c>UsingEntity</c>'s.</summary>
    public string Where { get; set; } = string.Empty;
}

/// <summary>The tables one database context maps, and what of its model could not be read.</summary>
/// <param name="DbContext">The context.</param>
/// <param name="Mappings">Its mappings.</param>
/// <param name="DefaultSchema">The schema its model sets with <c>HasDefaultSchema</c>, if any.</param>
/// <param name="Notes">What could not be read, each a sentence.</param>
internal sealed record ContextTables(TypeName DbContext, IReadOnlyList<TableMapping> Mappings, string? DefaultSchema, IReadOnlyList<string> Notes)
{
    /// <summary>Gets the database functions the model maps, each in the schema it is in (the model's default where the mapping names none).</summary>
    public IReadOnlyList<DbFunctionUse> Functions { get; init; } = [];
}
