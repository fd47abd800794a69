namespace Acme.BookStore.Catalog;

/// <summary>
/// The module's table prefix and schema, as static fields rather than properties (as older modules write them): this
/// module keeps its tables in a schema of its own.
/// </summary>
public static class CatalogDbProperties
{
    public const string ConnectionStringName = "Catalog";

#pragma warning disable CA2211 // Settable by a host before the model is built, as the module's properties are.
    public static string DbTablePrefix = "Catalog";

    public static string? DbSchema = "catalog";
#pragma warning restore CA2211
}
