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

        public Dictionary<TypeName, EntityMappingState> Entities { get; } = new();

        public HashSet<string> Walked { get; } = new(StringComparer.Ordinal);

        public List<string> Notes { get; } = new();

        public bool ConfiguresJoins { get; set; }

        /// <summary>Gets or sets the last call site in the context's own assembly, where mappings read in other assemblies are located.</summary>
        public MappingSite? Entry { get; set; }

        public IReadOnlyList<(Loading.Il.DataAssembly Assembly, System.Reflection.Metadata.TypeDefinitionHandle Type, TypeSubstitution Substitution)> Chain { get; init; } = [];

        /// <summary>The entity's state, created on first mention with the evidence of that mention.</summary>
        public EntityMappingState Entity(TypeName entity, MappingEvidence evidence, MappingSite site)
        {
            if (!Entities.TryGetValue(entity, out var state))
            {
                Entities[entity] = state = new EntityMappingState(entity) { Evidence = evidence, Site = site };
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

/// <summary>The tables one database context maps, and what of its model could not be read.</summary>
/// <param name="DbContext">The context.</param>
/// <param name="Mappings">Its mappings.</param>
/// <param name="DefaultSchema">The schema its model sets with <c>HasDefaultSchema</c>, if any.</param>
/// <param name="Notes">What could not be read, each a sentence.</param>
internal sealed record ContextTables(TypeName DbContext, IReadOnlyList<TableMapping> Mappings, string? DefaultSchema, IReadOnlyList<string> Notes);
