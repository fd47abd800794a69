using FitnessKit.Model;

namespace FitnessKit.Tables;

/// <summary>What the reading of one context's model has learned about one entity type so far.</summary>
internal sealed class EntityMappingState(TypeName entity)
{
    public TypeName Entity { get; } = entity;

    public string? Table { get; set; }

    public string? Schema { get; set; }

    public bool IsView { get; set; }

    /// <summary>Gets or sets where <c>ToTable(name, schema)</c> gave a schema computed at run time, while nothing gave one after.</summary>
    public string? ComputedSchemaAt { get; set; }

    /// <summary>Gets or sets where a loop over the model's entity types set its schema, while nothing set it after.</summary>
    public string? SchemaSetBy { get; set; }

    public bool Excluded { get; set; }

    public TypeName? Owner { get; set; }

    public bool OwnedMany { get; set; }

    /// <summary>Gets or sets the state of the entity type that owns this one, when it is owned.</summary>
    public EntityMappingState? OwnerState { get; set; }

    /// <summary>Gets the navigations of the owner that lead to this owned type, in the order met (most often one).</summary>
    public IReadOnlyList<string> Navigations => _navigations ?? [];

    /// <summary>Gets or sets a value indicating whether the owned type is stored as JSON (<c>ToJson()</c>): in a column of its owner's table, not a table of its own.</summary>
    public bool InJson { get; set; }

    public string? SetName { get; set; }

    /// <summary>Gets or sets how the hierarchy this entity is the root of is mapped, when the model says: <c>Tph</c>, <c>Tpt</c> or <c>Tpc</c>.</summary>
    public string? MappingStrategy { get; set; }

    public MappingEvidence Evidence { get; set; } = MappingEvidence.None;

    /// <summary>Gets or sets where <c>IsTemporal()</c> makes the table a temporal one, whose history SQL Server keeps in a table of its own.</summary>
    public string? TemporalWhere { get; set; }

    /// <summary>Gets or sets the history table <c>UseHistoryTable</c> names, if it names one.</summary>
    public string? HistoryTable { get; set; }

    public string? HistorySchema { get; set; }

    public MappingSite? Site { get; set; }

    /// <summary>Gets the tables or views <c>SplitToTable</c> and <c>SplitToView</c> put some of the entity's columns in, beside its own.</summary>
    public IReadOnlyList<SplitTable> Splits => _splits ?? [];

    // Made for the few entity types split over tables.
    private List<SplitTable>? _splits;

    // Made for the few entity types that ignore a member.
    private HashSet<string>? _ignored;

    // Made for owned types, whose navigations name their table when several navigations own the type.
    private List<string>? _navigations;

    /// <summary>Notes a navigation of the owner that leads to this owned type.</summary>
    public void Navigation(string name)
    {
        _navigations ??= [];
        if (!_navigations.Contains(name))
        {
            _navigations.Add(name);
        }
    }

    /// <summary>Leaves a member out of the entity type (<c>Ignore(e =&gt; e.Member)</c>, <c>Ignore("Member")</c>): no navigation leads through it.</summary>
    public void Ignore(string member) => (_ignored ??= new(StringComparer.Ordinal)).Add(member);

    /// <summary>Puts some of the entity's columns in another table or view, once per name and schema.</summary>
    public void Split(SplitTable split)
    {
        _splits ??= [];
        if (!_splits.Exists(s => s.Name == split.Name && s.Schema == split.Schema))
        {
            _splits.Add(split);
        }
    }

    /// <summary>Whether the configuration leaves a member out of the entity type.</summary>
    public bool Ignores(string member) => _ignored?.Contains(member) == true;
}

/// <summary>Where in compiled code a mapping is written: the assembly file and the anchor of the instruction.</summary>
internal readonly record struct MappingSite(string AssemblyPath, Model.CodeAnchor Anchor);
