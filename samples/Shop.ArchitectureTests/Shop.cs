using System.Reflection;
using FitnessKit.ContextMapping;
using FitnessKit.Inspection;

namespace Shop.ArchitectureTests;

/// <summary>The Shop's bounded contexts and where its compiled assemblies are.</summary>
internal static class Shop
{
    /// <summary>Gets the folder of the Shop's assemblies (the build writes its location into this test assembly).</summary>
    public static string Bin { get; } = typeof(Shop).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "ShopBin").Value!;

    /// <summary>Gets the folder of the approved snapshots of the Shop's contracts, beside its assemblies' folder (samples/Shop/contracts).</summary>
    public static string ContractSnapshotFolder { get; } = Path.GetFullPath(Path.Combine(Bin, "..", "contracts"));

    /// <summary>Gets the Shop's assemblies, read from their files.</summary>
    public static AssemblySource Assemblies => AssemblySource.Folder(Bin, "Shop.*.dll");

    /// <summary>Gets the bounded contexts: each owns its assemblies, and the others may use only its contracts.</summary>
    public static ContextMap Map { get; } = ContextMap.Define()
        .Context("Orders", c => c.Assemblies("Shop.Orders.**").Contracts("Shop.Orders.Contracts"))
        .Context("Shipping", c => c.Assemblies("Shop.Shipping.**").Contracts("Shop.Shipping.Contracts"))
        .Context("Billing", c => c.Assemblies("Shop.Billing.**").Contracts("Shop.Billing.Contracts"))
        .Context("Customers", c => c.Assemblies("Shop.Customers.**").Contracts("Shop.Customers.Contracts"))
        .SharedKernel("Shop.SharedKernel")
        .Build();
}
