using System.Diagnostics.CodeAnalysis;
using FitnessKit.Model;

namespace FitnessKit.Tables;

/// <summary>One entity type mapped to one table by one database context, read from compiled code: what EF Core's model would say, without running it.</summary>
public sealed record TableMapping
{
    // Written when read for the mappings the reading of a model finds (MappingEvidence); a phrase given whole is kept as it is.
    private readonly MappingEvidence _evidence = MappingEvidence.None;

    /// <summary>Initializes a new instance, its required members set by the initializer.</summary>
    public TableMapping()
    {
    }

    /// <summary>A mapping read from a model, its evidence written when read.</summary>
    [SetsRequiredMembers]
    internal TableMapping(TableName table, TableMappingKind kind, TypeName dbContext, TypeName entity, MappingEvidence evidence)
    {
        Table = table;
        Kind = kind;
        DbContext = dbContext;
        Entity = entity;
        // The required phrase set as nothing, then the evidence itself: set so, the compiler knows every required member is.
        Evidence = string.Empty;
        _evidence = evidence;
    }

    /// <summary>Gets the table or view.</summary>
    public required TableName Table { get; init; }

    /// <summary>Gets how the entity reaches the table.</summary>
    public required TableMappingKind Kind { get; init; }

    /// <summary>Gets the database context whose model maps the table.</summary>
    public required TypeName DbContext { get; init; }

    /// <summary>Gets the mapped entity type.</summary>
    public required TypeName Entity { get; init; }

    /// <summary>Gets how the table name was decided, such as <c>ToTable("Orders") in OrderConfiguration.Configure</c> or <c>DbSet&lt;Customer&gt; Customers</c>.</summary>
    public required string Evidence
    {
        get => _evidence.Text();
        init => _evidence = MappingEvidence.Of(value);
    }

    /// <summary>Gets the SQL dialect of the context's database provider.</summary>
    public SqlDialectName Dialect { get; init; }

    /// <summary>Gets where the mapping is written, from the PDB; <see langword="null"/> without one.</summary>
    public SourceLocation? Location { get; init; }

    /// <summary>Gets where the mapping is in compiled code, for its source location.</summary>
    internal MappingSite? Site { get; init; }

    /// <summary>
    /// The mapping with its entity named as <paramref name="entity"/> names it, in its evidence too, located, and its
    /// table named by <paramref name="table"/>, an equal name the catalog holds once for every mapping of that table. The
    /// site it was located from is let go: the location says it.
    /// </summary>
    internal TableMapping Naming(TypeName entity, SourceLocation? location, TableName table) =>
        this with { Table = table, Entity = entity, Location = location, Site = null, Reason = _evidence.Naming(Entity, entity) };

    /// <summary>Gets how the table was decided, as what it names (<see cref="Evidence"/> writes it).</summary>
    internal MappingEvidence Reason
    {
        get => _evidence;
        private init => _evidence = value;
    }
}
