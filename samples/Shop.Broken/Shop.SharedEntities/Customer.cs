// PLANTED VIOLATION (FK002): one public Customer entity in a package of its own, mapped by both Billing's and Shipping's DbContexts, so no context owns the customer data.
namespace Shop.SharedEntities;
#region shop-broken-shared-customer
/// <summary>"One customer table for everyone": Billing reads the billing address, Shipping the delivery address.</summary>
public sealed class Customer
{
    public Guid Id { get; set; }

    public string Name { get; set; } = string.Empty;

    public string BillingAddress { get; set; } = string.Empty;

    public string DeliveryAddress { get; set; } = string.Empty;
}
#endregion
