namespace FitnessKit.Tests.Tables;

/// <summary>One table or view as EF Core's own model maps it: the answer the static extraction must agree with.</summary>
/// <param name="DbContext">The full name of the concrete DbContext whose model maps it.</param>
/// <param name="Entity">The entity's CLR full name (generic arguments as <c>Name`1&lt;System.String&gt;</c>), or the shared-type name of a property-bag entity such as a many-to-many join.</param>
/// <param name="Schema">The schema EF Core reports, or null when neither the mapping nor the model names one.</param>
/// <param name="Name">The table name, or the view name when <paramref name="IsView"/>.</param>
/// <param name="IsView">Whether this is a view (ToView) rather than a table.</param>
/// <param name="IsOwned">Whether the entity is an owned type (OwnsOne, OwnsMany).</param>
/// <param name="IsJoin">Whether the entity is the join entity of a many-to-many.</param>
internal sealed record OracleTable(string DbContext, string Entity, string? Schema, string Name, bool IsView, bool IsOwned, bool IsJoin)
{
    /// <summary>Gets the schema-qualified name, such as <c>sales.Orders</c>, or the bare name without a schema.</summary>
    public string QualifiedName => Schema is null ? Name : $"{Schema}.{Name}";
}
