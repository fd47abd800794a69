using FitnessKit.ContextMapping;

namespace FitnessKit.Tests.TestSupport;

/// <summary>Two bounded contexts written by <see cref="HostileAssemblies"/>: Orders, and Billing, whose type uses one of Orders' types.</summary>
/// <param name="OrdersPath">The file <c>Shop.Orders.dll</c>.</param>
/// <param name="BillingPath">The file <c>Shop.Billing.dll</c>.</param>
/// <param name="TargetType">The full name of the Orders type that Billing uses.</param>
/// <param name="SourceType">The full name of the Billing type that uses it (<c>+</c> for nested types).</param>
/// <param name="SourceMember">The member of <paramref name="SourceType"/> that holds the dependency.</param>
internal sealed record HostileContexts(string OrdersPath, string BillingPath, string TargetType, string SourceType, string SourceMember)
{
    /// <summary>Gets the same map as <see cref="Map"/>, as the <c>"contexts"</c> value of a fitness.json.</summary>
    public const string ContextsJson = """[ { "name": "Orders", "assemblies": ["Shop.Orders"] }, { "name": "Billing", "assemblies": ["Shop.Billing"] } ]""";

    /// <summary>Gets the context map: Orders owns <c>Shop.Orders</c>, Billing owns <c>Shop.Billing</c>, neither has contracts.</summary>
    public static ContextMap Map => ContextMap.Define()
        .Context("Orders", c => c.Assemblies("Shop.Orders"))
        .Context("Billing", c => c.Assemblies("Shop.Billing"))
        .Build();
}
