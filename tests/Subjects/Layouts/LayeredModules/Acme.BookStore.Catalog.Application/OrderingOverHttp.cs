using Acme.BookStore.Ordering.HttpApi.Client;
using Acme.BookStore.Ordering.Orders;

namespace Acme.BookStore.Catalog.Products;

/// <summary>
/// Compliant: deployed apart from Ordering, Catalog builds Ordering's client proxy on an HttpClient of its own and
/// hands it out as Ordering's application service (wiring, not a query), and asks Ordering through its contracts.
/// </summary>
public static class OrderingOverHttp
{
    public static IOrderAppService Connect(HttpClient http) => new OrderClientProxy(http);
}
