// Shipping reads Orders' orders over HTTP through a Refit interface of its own that returns Orders' DTO: FK012, located
// at the call in LabelPrinter (the interface method has no body, so no line in the PDB).
// Refit's attributes are declared below with Refit's own names, so the subject needs no package: FitnessKit matches
// them by name (Refit.GetAttribute), as it would Refit's.
namespace Refit
{
    [AttributeUsage(AttributeTargets.Method)]
    public sealed class GetAttribute(string path) : Attribute
    {
        public string Path { get; } = path;
    }
}

namespace FitnessKit.Subjects.Coupling.RefitClient.Orders.Contracts
{
    public sealed record OrderDto(Guid Id, string Address);
}

namespace FitnessKit.Subjects.Coupling.RefitClient.Shipping
{
    using FitnessKit.Subjects.Coupling.RefitClient.Orders.Contracts;
    using Refit;

    internal interface IOrdersApi
    {
        [Get("/orders/{orderId}")]
        Task<OrderDto> GetOrderAsync(Guid orderId);
    }

    internal sealed class LabelPrinter(IOrdersApi orders)
    {
        public async Task<string> AddressAsync(Guid orderId)
        {
            var order = await orders.GetOrderAsync(orderId);
            return order.Address;
        }
    }
}
