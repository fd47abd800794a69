namespace FitnessKit.Sql;

/// <summary>
/// A table's name as written in a statement, without quotes and without case folding. A part that came from a
/// hole of a rebuilt string (see <see cref="SqlAnalyzer.Hole"/>) has its text null and its <c>IsHole</c> flag set.
/// </summary>
/// <param name="Schema">The schema as written; null when not written or when it is a hole.</param>
/// <param name="Name">The table's own name; null only when it is (or contains) a hole.</param>
/// <param name="SchemaQuoted">Whether the schema was quoted ("..", [..] or `..`).</param>
/// <param name="NameQuoted">Whether the name was quoted.</param>
/// <param name="SchemaIsHole">Whether the schema came from a hole.</param>
/// <param name="NameIsHole">Whether the name came from a hole, alone or glued to text.</param>
/// <param name="Database">The database of a three-part name; null when not written or when it is a hole.</param>
internal sealed record SqlObjectName(
    string? Schema,
    string? Name,
    bool SchemaQuoted,
    bool NameQuoted,
    bool SchemaIsHole,
    bool NameIsHole,
    string? Database = null)
{
    /// <summary>
    /// Builds a name from its parts in written order (<c>[server.][database.][schema.]name</c>); a server part is
    /// dropped, an empty part (<c>db..Orders</c>) counts as not written.
    /// </summary>
    public static SqlObjectName FromParts(IReadOnlyList<SqlNamePart> parts)
    {
        if (parts.Count == 0)
        {
            throw new ArgumentException("A name has at least one part.", nameof(parts));
        }

        SqlNamePart name = parts[^1];
        SqlNamePart? schema = parts.Count >= 2 ? parts[^2] : null;
        SqlNamePart? database = parts.Count >= 3 ? parts[^3] : null;
        bool schemaIsHole = schema is { } s && SqlHoles.Occurs(s.Text);
        bool nameIsHole = SqlHoles.Occurs(name.Text);
        return new SqlObjectName(
            Schema: schemaIsHole ? null : Known(schema),
            Name: nameIsHole ? null : name.Text,
            SchemaQuoted: schema?.Quoted ?? false,
            NameQuoted: name.Quoted,
            SchemaIsHole: schemaIsHole,
            NameIsHole: nameIsHole,
            Database: database is { } d && SqlHoles.Occurs(d.Text) ? null : Known(database));
    }

    /// <summary>
    /// The name as it reads in a message: parts joined by dots, quoted parts in double quotes, a hole as <c>?</c>:
    /// <c>sales.Orders</c>, <c>"Order Details"</c>, <c>?.Orders</c>.
    /// </summary>
    public override string ToString()
    {
        string name = NameIsHole ? "?" : Show(Name!, NameQuoted);
        string? schema = SchemaIsHole ? "?" : Schema is null ? null : Show(Schema, SchemaQuoted);
        string qualified = schema is null ? name : $"{schema}.{name}";
        return Database is null ? qualified : $"{Database}.{(schema is null ? "." : "")}{qualified}";
    }

    private static string? Known(SqlNamePart? part) => part is { Text.Length: > 0 } p ? p.Text : null;

    private static string Show(string text, bool quoted) => quoted ? $"\"{text}\"" : text;
}
