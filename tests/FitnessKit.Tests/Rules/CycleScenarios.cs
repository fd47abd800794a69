using FitnessKit.ContextMapping;

namespace FitnessKit.Tests.Rules;

/// <summary>
/// What FK009 must find in the compiled scenarios of FitnessKit.Subjects.Cycles, one row a scenario. Each scenario is
/// one file, Scenarios/&lt;Scenario&gt;.cs, whose contexts are the namespaces FitnessKit.Subjects.Cycles.&lt;Scenario&gt;.&lt;Context&gt;;
/// its compliant twin, &lt;Scenario&gt;Twin.cs, has the same contexts, checked with the same map, and no cycle.
/// </summary>
internal static class CycleScenarios
{
    public const string Assembly = "FitnessKit.Subjects.Cycles";

    public static IReadOnlyList<Scenario> All { get; } =
    [
        // Both ways through contracts, both allowed by mayUse: still a cycle. Payments -> Orders has one type use to
        // Orders -> Payments' two, so it closes the cycle, though the map lists Payments first.
        new("TwoContextCycle",
            ns => ContextMap.Define()
                .Context("Payments", c => c.Namespaces($"{ns}.Payments.**").ContractNamespaces($"{ns}.Payments.Contracts").MayUse("Orders"))
                .Context("Orders", c => c.Namespaces($"{ns}.Orders.**").ContractNamespaces($"{ns}.Orders.Contracts").MayUse("Payments"))
                .Build(),
            [new("Orders -> Payments -> Orders", "Payments.Refunds", "Refund", "Orders.Contracts.IOrderBook")]),

        // Every type is a contract; Shipping may use only Payments, so Shipping -> Orders closes the cycle although it
        // has more type uses than Orders -> Payments.
        new("ThreeContextCycle",
            ns => ContextMap.Define()
                .Context("Orders", c => c.Namespaces($"{ns}.Orders.**").ContractNamespaces($"{ns}.Orders.**"))
                .Context("Payments", c => c.Namespaces($"{ns}.Payments.**").ContractNamespaces($"{ns}.Payments.**"))
                .Context("Shipping", c => c.Namespaces($"{ns}.Shipping.**").ContractNamespaces($"{ns}.Shipping.**").MayUse("Payments"))
                .Build(),
            [new("Orders -> Payments -> Shipping -> Orders", "Shipping.DeliveryConfirmation", "Confirm", "Orders.Order")]),

        // Orders calls Payments' contract; Payments reads Orders' table: the data step closes the cycle.
        new("DataEdgeCycle",
            ns => ContextMap.Define()
                .Context("Orders", c => c.Namespaces($"{ns}.Orders.**").Tables("orders.*"))
                .Context("Payments", c => c.Namespaces($"{ns}.Payments.**").ContractNamespaces($"{ns}.Payments.Contracts").Tables("payments.*"))
                .Build(),
            [new("Orders -> Payments -> Orders", "Payments.PaymentGate", "AmountDue", "table orders.Orders")]),

        // Six contexts that all call each other: fifteen cycles of two alone; the first ten, by the map's order, are reported.
        new("EveryContextCallsEveryOther",
            ns => Everyone(ns),
            [.. new[]
            {
                ("Orders", "Payments"), ("Orders", "Shipping"), ("Orders", "Billing"), ("Orders", "Catalog"), ("Orders", "Customers"),
                ("Payments", "Shipping"), ("Payments", "Billing"), ("Payments", "Catalog"), ("Payments", "Customers"),
                ("Shipping", "Billing"),
            }.Select(p => new Cycle($"{p.Item1} -> {p.Item2} -> {p.Item1}", $"{p.Item2}.Desk", "CallOthers", $"{p.Item1}.Desk"))]),
    ];

    private static ContextMap Everyone(string ns)
    {
        var map = ContextMap.Define();
        foreach (var name in new[] { "Orders", "Payments", "Shipping", "Billing", "Catalog", "Customers" })
        {
            map.Context(name, c => c.Namespaces($"{ns}.{name}.**").ContractNamespaces($"{ns}.{name}.**"));
        }

        return map.Build();
    }

    /// <summary>One expected cycle: the path of contexts, the closing step last, and that step's example dependency, its types relative to the scenario's namespace.</summary>
    /// <param name="Path">The contexts, such as <c>Orders -> Payments -> Orders</c>.</param>
    /// <param name="SourceType">The type that holds the closing dependency, such as <c>Payments.Refunds</c>.</param>
    /// <param name="SourceMember">Its member.</param>
    /// <param name="Target">The type it uses, or <c>table schema.name</c> for a data step.</param>
    public sealed record Cycle(string Path, string SourceType, string SourceMember, string Target);

    /// <summary>One scenario and its twin, with the map of its contexts (given the scenario's namespace) and the cycles expected.</summary>
    /// <param name="Name">The scenario, its file name and namespace.</param>
    /// <param name="Map">The context map, from the namespace of the scenario or of its twin.</param>
    /// <param name="Cycles">The cycles FK009 reports, in its order.</param>
    public sealed record Scenario(string Name, Func<string, ContextMap> Map, IReadOnlyList<Cycle> Cycles)
    {
        public string Namespace => $"{Assembly}.{Name}";

        public string TwinNamespace => $"{Assembly}.{Name}Twin";

        public override string ToString() => Name;
    }
}
