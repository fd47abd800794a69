using FitnessKit.Model;

namespace FitnessKit.Tables;

/// <summary>Makes <see cref="TableName"/>s whose keys compare as the database compares names.</summary>
internal static class TableNames
{
    /// <summary>The schema a database uses when none is written.</summary>
    public static string? DefaultSchema(SqlDialectName dialect) => dialect switch
    {
        SqlDialectName.SqlServer => "dbo",
        SqlDialectName.PostgreSql => "public",
        _ => null,
    };

    /// <summary>A table name as mapped or written; <paramref name="quoted"/> says whether the database sees it quoted (EF Core quotes every name it creates).</summary>
    public static TableName Create(string? schema, string name, SqlDialectName dialect, bool quoted, bool schemaQuoted = true, bool schemaUnknown = false)
    {
        var isDefault = schema is null && !schemaUnknown;
        var effective = schemaUnknown ? null : schema ?? DefaultSchema(dialect);
        var key = (schemaUnknown ? "?" : effective is null ? string.Empty : Fold(effective, dialect, schema is null || schemaQuoted)) + "." + Fold(name, dialect, quoted);
        return new TableName(effective, name) { Key = key, SchemaIsDefault = isDefault && effective is not null, SchemaIsUnknown = schemaUnknown };
    }

    /// <summary>
    /// Folds a name as the database does: PostgreSQL folds unquoted names to lower case and keeps quoted ones; the
    /// others compare without case. <c>ToLowerInvariant</c>, not <c>ToLower(CultureInfo.InvariantCulture)</c>: the same
    /// casing, but the latter's first call opens an ICU collator (about 25 ms) only to learn that invariant ASCII casing
    /// is ASCII casing.
    /// </summary>
    public static string Fold(string name, SqlDialectName dialect, bool quoted) =>
        dialect == SqlDialectName.PostgreSql && quoted ? name : name.ToLowerInvariant();
}
