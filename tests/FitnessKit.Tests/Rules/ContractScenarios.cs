using FitnessKit.ContextMapping;
using FitnessKit.Inspection;

namespace FitnessKit.Tests.Rules;

/// <summary>
/// What FK010 and FK011 must find in the compiled scenarios of FitnessKit.Subjects.Contracts, one row a scenario. Each
/// scenario is one file, Scenarios/&lt;Scenario&gt;.cs, whose contexts are the namespaces
/// FitnessKit.Subjects.Contracts.&lt;Scenario&gt;.&lt;Context&gt; (a Contracts namespace each, a Kernel namespace as the
/// shared kernel); its compliant twin, &lt;Scenario&gt;Twin.cs, is checked with the same kind of map and breaks neither rule.
/// </summary>
internal static class ContractScenarios
{
    public const string Assembly = "FitnessKit.Subjects.Contracts";

    public static IReadOnlyList<Scenario> All { get; } =
    [
        // FK010: one leak path a scenario.
        Leak("PropertyLeak", "Orders.Contracts.OrderPlaced", "Order", "Orders.Domain.Order"),
        Leak("FieldLeak", "Orders.Contracts.OrderStatusChanged", "Status", "Orders.Domain.OrderStatus"),
        Leak("ReturnLeak", "Orders.Contracts.IOrderQueries", "Find", "Orders.Domain.Order"),
        Leak("ParameterLeak", "Orders.Contracts.IOrderDesk", "Place", "Orders.Domain.OrderLine"),
        Leak("BaseTypeLeak", "Orders.Contracts.OrderArchived", null, "Orders.Domain.DomainFact"),
        Leak("InterfaceLeak", "Orders.Contracts.OrderDto", null, "Orders.Domain.IPriced"),
        Leak("GenericArgumentLeak", "Orders.Contracts.OrderDto", "Lines", "Orders.Domain.OrderLine"),
        Leak("AttributeArgumentLeak", "Orders.Contracts.OrderDto", null, "Orders.Domain.Order"),
        Leak("ProtectedMemberLeak", "Orders.Contracts.OrderSubscriber", "OnPlaced", "Orders.Domain.Order"),
        Leak("NestedTypeLeak", "Orders.Contracts.OrderDto+Line", "Sku", "Orders.Domain.Sku"),
        Leak("ForeignContextLeak", "Orders.Contracts.OrderInvoiced", "Invoice", "Billing.Domain.Invoice"),
        Leak("UnownedTypeLeak", "Orders.Contracts.OrderDto", "Clock", "Tools.Clock"),

        // FK011: what a contract carries.
        Purity("EntityInContract", "Orders.Contracts.OrderRow", null, null),
        Purity("FrameworkInContractNamespace", "Orders.Contracts.OrderDtoMapping", null, "Microsoft.EntityFrameworkCore"),
        Purity("MutableEventSetter", "Orders.Contracts.OrderShippedEvent", "OrderId", null),
        Purity("MutableEventField", "Orders.Contracts.OrderCancelled", "OrderId", null),
        Purity("MutableEventList", "Orders.Contracts.OrderPlaced", "Skus", null),
    ];

    /// <summary>The map of a scenario's (or twin's) contexts: Orders, and Billing where the code has it, each with its Contracts namespace where the code has one, and the Kernel namespace as the shared kernel where the code has one.</summary>
    public static ContextMap Map(CodeBase code, string ns)
    {
        bool Has(string part) => code.Types.Any(t => t.Name.Namespace == $"{ns}.{part}" || t.Name.Namespace.StartsWith($"{ns}.{part}.", StringComparison.Ordinal));
        var (billing, billingContracts, kernel) = (Has("Billing"), Has("Billing.Contracts"), Has("Kernel"));
        var map = ContextMap.Define().Context("Orders", c => c.Namespaces($"{ns}.Orders.**").ContractNamespaces($"{ns}.Orders.Contracts.**"));
        if (billing)
        {
            map.Context("Billing", c =>
            {
                c.Namespaces($"{ns}.Billing.**");
                if (billingContracts)
                {
                    c.ContractNamespaces($"{ns}.Billing.Contracts.**");
                }
            });
        }

        return kernel ? map.SharedKernelNamespaces($"{ns}.Kernel.**").Build() : map.Build();
    }

    private static Scenario Leak(string name, string type, string? member, string target) => new(name, "FK010", new Finding(type, member, target));

    private static Scenario Purity(string name, string type, string? member, string? target) => new(name, "FK011", new Finding(type, member, target));

    /// <summary>One expected violation, its types relative to the scenario's namespace; a framework target is an assembly name.</summary>
    public sealed record Finding(string SourceType, string? SourceMember, string? Target);

    /// <summary>One scenario and its twin, with the one violation the scenario plants.</summary>
    public sealed record Scenario(string Name, string Rule, Finding Expected)
    {
        public string Namespace => $"{Assembly}.{Name}";

        public string TwinNamespace => $"{Assembly}.{Name}Twin";

        public override string ToString() => Name;
    }
}
