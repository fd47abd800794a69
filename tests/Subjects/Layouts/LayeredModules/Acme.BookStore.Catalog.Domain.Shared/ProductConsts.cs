namespace Acme.BookStore.Catalog;

/// <summary>Limits every layer validates against.</summary>
public static class ProductConsts
{
    public const int MaxNameLength = 128;
}
