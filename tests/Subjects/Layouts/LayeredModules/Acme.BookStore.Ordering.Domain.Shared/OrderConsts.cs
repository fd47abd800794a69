namespace Acme.BookStore.Ordering;

/// <summary>Limits every layer validates against.</summary>
public static class OrderConsts
{
    public const int MaxNumberLength = 32;
}
