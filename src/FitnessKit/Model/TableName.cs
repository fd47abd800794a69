namespace FitnessKit.Model;

/// <summary>
/// A table or view as the database names it: a schema and a name, without quotes. Two names are the same table when
/// their <see cref="Key"/>s are equal: the database's default schema stands in for a missing one, and names are
/// case-folded where the database folds them (every name in SQL Server and SQLite, unquoted names in PostgreSQL).
/// </summary>
/// <param name="Schema">The schema, or <see langword="null"/> when neither the code nor the database gives one.</param>
/// <param name="Name">The table name.</param>
public sealed record TableName(string? Schema, string Name)
{
    /// <summary>Gets the identity used to compare tables: schema and name, folded as the database folds them.</summary>
    public string Key { get; init; } = (Schema is null ? string.Empty : Schema + ".") + Name;

    /// <summary>Gets a value indicating whether the schema was written in the SQL or mapping; when not, it is the default schema of the database.</summary>
    public bool SchemaIsDefault { get; init; }

    /// <summary>Gets a value indicating whether the schema is computed at run time (an interpolated or concatenated prefix), so that any schema could be meant.</summary>
    public bool SchemaIsUnknown { get; init; }

    /// <summary>Gives the name as a person reads it: <c>sales.Orders</c>, or <c>?.Orders</c> when the schema is computed at run time.</summary>
    /// <returns>The display name.</returns>
    public override string ToString() => SchemaIsUnknown ? "?." + Name : Schema is null ? Name : Schema + "." + Name;
}
