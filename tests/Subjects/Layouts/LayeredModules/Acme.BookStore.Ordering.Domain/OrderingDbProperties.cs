namespace Acme.BookStore.Ordering;

/// <summary>
/// The module's table prefix and schema, as ABP's module template writes them: settable properties that a host may
/// change before the model is built, with the defaults the module ships.
/// </summary>
public static class OrderingDbProperties
{
    public static string DbTablePrefix { get; set; } = "Ordering";

    public static string? DbSchema { get; set; } = null;

    public const string ConnectionStringName = "Ordering";
}
