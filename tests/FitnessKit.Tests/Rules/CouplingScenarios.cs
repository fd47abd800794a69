using FitnessKit.ContextMapping;

namespace FitnessKit.Tests.Rules;

/// <summary>
/// What the coupling styles and FK012 must find in the compiled scenarios of FitnessKit.Subjects.Coupling, one row a
/// scenario. Each scenario is one file, Scenarios/&lt;Scenario&gt;.cs, with two contexts, Orders and Shipping, as the
/// namespaces FitnessKit.Subjects.Coupling.&lt;Scenario&gt;.&lt;Context&gt; (Orders' contracts in .Orders.Contracts); Shipping uses Orders.
/// </summary>
internal static class CouplingScenarios
{
    public const string Assembly = "FitnessKit.Subjects.Coupling";

    public static IReadOnlyList<Scenario> All { get; } =
    [
        // A handler interface whose generic argument is Orders' type: an event, though it has no marker and no "Event" in its name.
        new("EventHandler", Events: 1, Commands: 0, Queries: 0, TypeUses: 0, []),

        // Orders' command sent through a bus, and two contract methods that return nothing or only whether they worked.
        new("CommandSend", Events: 0, Commands: 3, Queries: 0, TypeUses: 0, []),

        // Orders' query interface: a Task<OrderDto?> and a bool whose name asks a question; OrderDto itself is a plain type use.
        new("ContractQuery", Events: 0, Commands: 0, Queries: 2, TypeUses: 1,
            [new("Shipping.LabelPrinter", "LabelAsync", "Orders.Contracts.IOrderQueries.GetOrderAsync"), new("Shipping.LabelPrinter", "LabelAsync", "Orders.Contracts.IOrderQueries.IsCancelled")]),
        new("ContractQueryTwin", Events: 1, Commands: 0, Queries: 0, TypeUses: 0, []),

        // A Refit interface of Shipping's that returns Orders' DTO; LabelPrinter, which calls it, reads the DTO (a type use).
        new("RefitClient", Events: 0, Commands: 0, Queries: 1, TypeUses: 1, [new("Shipping.IOrdersApi", "GetOrderAsync", "Shipping.IOrdersApi.GetOrderAsync")]),
        new("RefitClientTwin", Events: 1, Commands: 0, Queries: 0, TypeUses: 0, []),

        // A class of Shipping's that holds an HttpClient and returns Orders' DTO.
        new("HttpClientQuery", Events: 0, Commands: 0, Queries: 1, TypeUses: 0, [new("Shipping.OrdersClient", "GetOrderAsync", "Shipping.OrdersClient.GetOrderAsync")]),
        new("HttpClientQueryTwin", Events: 1, Commands: 0, Queries: 0, TypeUses: 0, []),

        // A method of Shipping's that takes an HttpClient and hands out Orders' contract client as its query interface: wiring, no query.
        new("HttpClientWiring", Events: 1, Commands: 0, Queries: 0, TypeUses: 2, []),

        // Orders' query message, sent through a mediator of no context; the OrderDto it answers with is a plain type use.
        new("QueryMessage", Events: 0, Commands: 0, Queries: 1, TypeUses: 1, [new("Shipping.Dispatch", "AddressAsync", "Orders.Contracts.GetOrderQuery")]),
        new("QueryMessageTwin", Events: 1, Commands: 0, Queries: 0, TypeUses: 0, []),

        // Orders' queries asked from a property getter, an event accessor, a lambda, an iterator, a local function and the second of two overloads: each found in its user member.
        new("HiddenQueries", Events: 0, Commands: 0, Queries: 5, TypeUses: 1,
            [
                new("Shipping.Manifest", "Addresses", "Orders.Contracts.IOrderQueries.AddressOf"),
                new("Shipping.Manifest", "Cancelled", "Orders.Contracts.IOrderQueries.IsCancelled"),
                new("Shipping.Manifest", "Label", "Orders.Contracts.IOrderQueries.Find"),
                new("Shipping.Manifest", "OpenOrders", "Orders.Contracts.IOrderQueries.CountOpen"),
                new("Shipping.Manifest", "Total", "Orders.Contracts.IOrderQueries.TotalOf"),
                new("Shipping.Manifest", "add_Printed", "Orders.Contracts.IOrderQueries.CountOpen"),
            ]),

        // A property implemented explicitly whose getter asks a query and whose setter sends a command: both in the property, named as its interface names it.
        new("ExplicitAccessors", Events: 0, Commands: 1, Queries: 1, TypeUses: 0,
            [new("Shipping.Ledger", "FitnessKit.Subjects.Coupling.ExplicitAccessors.Shipping.IShipmentLimits.Remaining", "Orders.Contracts.IStockDesk.CountAvailable")]),

        // One member calls a query twice and an overload of it, and a method whose overloads are a command and a query: each method counts once in each style it is called in, each query is reported once.
        new("RepeatedCalls", Events: 0, Commands: 1, Queries: 2, TypeUses: 1,
            [new("Shipping.Picker", "Pick", "Orders.Contracts.IStockDesk.Find"), new("Shipping.Picker", "Pick", "Orders.Contracts.IStockDesk.Reserve")]),

        // Generic queries: a generic read model's method, a generic method, a method of an interface nested in a generic class.
        new("GenericQueries", Events: 0, Commands: 0, Queries: 3, TypeUses: 2,
            [
                new("Shipping.Dispatch", "Address", "Orders.Contracts.Catalog<TItem>+ILookup.Get"),
                new("Shipping.Dispatch", "Count", "Orders.Contracts.IReadModel<TRow>.All"),
                new("Shipping.Dispatch", "Pages", "Orders.Contracts.IOrderQueries.Find"),
            ]),
        new("GenericQueriesTwin", Events: 1, Commands: 0, Queries: 0, TypeUses: 0, []),

        // A query of Orders' internals: on the map, but FK001's to report, not FK012's.
        new("InternalQuery", Events: 0, Commands: 0, Queries: 1, TypeUses: 0, []),
    ];

    /// <summary>The map of every scenario: Orders, with its Contracts namespace, and Shipping, which offers nothing.</summary>
    public static ContextMap Map(string ns) => ContextMap.Define()
        .Context("Orders", c => c.Namespaces($"{ns}.Orders.**").ContractNamespaces($"{ns}.Orders.Contracts"))
        .Context("Shipping", c => c.Namespaces($"{ns}.Shipping.**"))
        .Build();

    /// <summary>One synchronous query FK012 reports, its types relative to the scenario's namespace.</summary>
    /// <param name="Caller">The asking type, such as <c>Shipping.LabelPrinter</c>.</param>
    /// <param name="Member">Its member.</param>
    /// <param name="Asked">The query, such as <c>Orders.Contracts.IOrderQueries.GetOrderAsync</c>.</param>
    public sealed record Query(string Caller, string Member, string Asked);

    /// <summary>One scenario: the styles of Shipping -> Orders, and the queries FK012 reports, in its order.</summary>
    public sealed record Scenario(string Name, int Events, int Commands, int Queries, int TypeUses, IReadOnlyList<Query> Reported)
    {
        public string Namespace => $"{Assembly}.{Name}";

        public override string ToString() => Name;
    }
}
