using Acme.Shop.Modules.Orders.Infrastructure;
using Acme.Shop.Modules.Payments.Infrastructure;

namespace Acme.Shop.API.Modules.Orders
{
    /// <summary>The host's endpoints for the Orders module, in a folder per module: host code, not a module of its own.</summary>
    public static class OrdersEndpoints
    {
        public static string Route => $"/{OrdersModule.Schema}";
    }
}

namespace Acme.Shop.API.Modules.Payments
{
    /// <summary>The host's endpoints for the Payments module.</summary>
    public static class PaymentsEndpoints
    {
        public static string Route => $"/{PaymentsModule.Schema}";
    }
}
