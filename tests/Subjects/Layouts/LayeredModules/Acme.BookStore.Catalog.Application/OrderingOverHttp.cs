using Acme.BookStore.Ordering.HttpApi.Client;

namespace Acme.BookStore.Catalog.Products;

/// <summary>
/// Compliant: deployed apart from Ordering, Catalog names Ordering's client proxies for its container to register (as
/// an ABP module names the modules it depends on), and asks Ordering through its contracts.
/// </summary>
public static class OrderingOverHttp
{
    public static IReadOnlyList<Type> Proxies { get; } = [typeof(OrderClientProxy)];
}
