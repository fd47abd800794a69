namespace Acme.BookStore.Ordering;

/// <summary>Where an order is; part of the module's published surface, as the DTOs of its contracts carry it.</summary>
public enum OrderStatus
{
    Placed,
    Paid,
    Shipped,
}
