using FitnessKit.Model;

namespace FitnessKit.Tables;

/// <summary>One entity type mapped to one table by one database context, read from compiled code: what EF Core's model would say, without running it.</summary>
public sealed record TableMapping
{
    /// <summary>Gets the table or view.</summary>
    public required TableName Table { get; init; }

    /// <summary>Gets how the entity reaches the table.</summary>
    public required TableMappingKind Kind { get; init; }

    /// <summary>Gets the database context whose model maps the table.</summary>
    public required TypeName DbContext { get; init; }

    /// <summary>Gets the mapped entity type.</summary>
    public required TypeName Entity { get; init; }

    /// <summary>Gets how the table name was decided, such as <c>ToTable("Orders") in OrderConfiguration.Configure</c> or <c>DbSet&lt;Customer&gt; Customers</c>.</summary>
    public required string Evidence { get; init; }

    /// <summary>Gets the SQL dialect of the context's database provider.</summary>
    public SqlDialectName Dialect { get; init; }

    /// <summary>Gets where the mapping is written, from the PDB; <see langword="null"/> without one.</summary>
    public SourceLocation? Location { get; init; }

    /// <summary>Gets where the mapping is in compiled code, for its source location.</summary>
    internal MappingSite? Site { get; init; }
}
