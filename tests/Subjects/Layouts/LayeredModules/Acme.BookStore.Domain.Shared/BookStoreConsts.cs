namespace Acme.BookStore;

/// <summary>The application's own table prefix and schema, as ABP's application template writes them.</summary>
public static class BookStoreConsts
{
    public const string DbTablePrefix = "App";

    public const string? DbSchema = null;
}
