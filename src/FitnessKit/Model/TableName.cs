namespace FitnessKit.Model;

/// <summary>
/// A table or view as the database names it: a schema and a name, without quotes, in the database the context map
/// names for its context (<see cref="Database"/>), or in the one database contexts share. Two names are the same table
/// when their <see cref="Key"/>s are equal: the database's default schema stands in for a missing one, and names are
/// case-folded where the database folds them (every name in SQL Server and SQLite, unquoted names in PostgreSQL).
/// </summary>
/// <param name="Schema">The schema, or <see langword="null"/> when neither the code nor the database gives one.</param>
/// <param name="Name">The table name.</param>
public sealed record TableName(string? Schema, string Name)
{
    /// <summary>Gets the identity used to compare tables: database, schema and name, folded as the database folds them.</summary>
    public string Key { get; init; } = (Schema is null ? string.Empty : Schema + ".") + Name;

    /// <summary>
    /// Gets the database that holds the table, as the context map names it (<c>"database"</c> of a context), or
    /// <see langword="null"/> for the database that contexts which name none share.
    /// </summary>
    public string? Database { get; init; }

    /// <summary>
    /// Gets the database a three-part name in SQL writes (<c>SalesDb</c> of <c>SalesDb.sales.Orders</c>), until the
    /// catalog places the table in a database of the context map (<see cref="InDatabase"/>); not part of its identity.
    /// </summary>
    internal string? WrittenDatabase { get; init; }

    /// <summary>
    /// Gets whether the schema was written by MySQL SQL (<c>orders_db.Orders</c>), where a schema is a database: the
    /// catalog reads it as the database when the context map names databases, else as a schema, as before; not part of
    /// its identity.
    /// </summary>
    internal bool SchemaIsMySqlDatabase { get; init; }

    /// <summary>Gets a value indicating whether the schema was written in the SQL or mapping; when not, it is the default schema of the database.</summary>
    public bool SchemaIsDefault { get; init; }

    /// <summary>Gets a value indicating whether the schema is computed at run time (an interpolated or concatenated prefix), so that any schema could be meant.</summary>
    public bool SchemaIsUnknown { get; init; }

    /// <summary>
    /// Gives the name as a person reads it: <c>sales.Orders</c>, or <c>?.Orders</c> when the schema is computed at run
    /// time; in a database the context map names, with the database first, as a three-part name: <c>SalesDb.sales.Orders</c>.
    /// </summary>
    /// <returns>The display name.</returns>
    public override string ToString()
    {
        var name = SchemaIsUnknown ? "?." + Name : Schema is null ? Name : Schema + "." + Name;
        return Database is null ? name : Database + "." + (Schema is null && !SchemaIsUnknown ? "." : string.Empty) + name;
    }

    /// <summary>The same table in <paramref name="database"/>; this name when that is <see langword="null"/> (the database contexts share) or the name already names its database (a three-part name in SQL).</summary>
    internal TableName InDatabase(string? database) =>
        database is null || Database is not null ? this : this with { Database = database, Key = database.ToLowerInvariant() + ":" + Key };
}
