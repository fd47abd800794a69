using FitnessKit.Coupling;
using FitnessKit.Inspection;
using FitnessKit.Model;

namespace FitnessKit.Rules.SynchronousDataCoupling;

/// <summary>The sentences of FK012: who asks whom for what, through which query, and the projection to keep instead.</summary>
internal static class QueryPhrases
{
    private static readonly Dictionary<string, string> Keywords = new(StringComparer.Ordinal)
    {
        ["Boolean"] = "bool", ["String"] = "string", ["Int32"] = "int", ["Int64"] = "long", ["Decimal"] = "decimal", ["Double"] = "double", ["Object"] = "object",
    };

    public static string Message(CodeBase codeBase, SynchronousQuery query, SourceLocation? location)
    {
        var asker = $"{Phrases.Member(codeBase, query.Caller, query.Member, location)} in context {query.From}";
        var how = query.Route switch
        {
            QueryRoute.Message => $"sends {Phrases.Possessive(query.To)} query message {NameOf(codeBase, query)}",
            QueryRoute.HttpClient => $"is a method of an HTTP client (it holds an HttpClient) that returns {Phrases.Possessive(query.To)} {codeBase.NameOf(query.ReturnedType!)}",
            QueryRoute.Refit => $"is a Refit HTTP call that returns {Phrases.Possessive(query.To)} {codeBase.NameOf(query.ReturnedType!)}",
            _ => $"calls {Phrases.Possessive(query.To)} query {NameOf(codeBase, query)}{(query.Returns is { } returns ? $", which returns {Returned(codeBase, query, returns)}" : string.Empty)}",
        };
        return $"{asker} asks {query.To} for data synchronously: it {how}. {query.From} then needs {query.To} up and answering each time, and reads {Phrases.Possessive(query.To)} data as it is now, not as {query.From} last saw it.";
    }

    public static string Fix(CodeBase codeBase, SynchronousQuery query, IReadOnlyList<string> events)
    {
        var instead = query.Route is QueryRoute.HttpClient or QueryRoute.Refit ? $"calling {query.To} over HTTP" : $"asking {NameOf(codeBase, query)}";
        return events.Count > 0
            ? $"Keep the {query.To} data that {query.From} needs in a projection of {Phrases.Possessive(query.From)} own, fed by {Phrases.Possessive(query.To)} events ({Phrases.Some(events, 3)}), and read it instead of {instead}."
            : $"{query.To} publishes no event in its contracts: have it publish integration events for the changes {query.From} needs, keep that data in a projection of {Phrases.Possessive(query.From)} own fed by them, and read it instead of {instead}.";
    }

    /// <summary>The query as C# writes it: <c>Shop.Orders.Contracts.IReadModel&lt;TRow&gt;.All</c>, not <c>IReadModel&lt;&gt;</c>.</summary>
    public static string NameOf(CodeBase codeBase, SynchronousQuery query) =>
        query.Method is null ? codeBase.NameOf(query.QueryType) : $"{codeBase.NameOf(query.QueryType)}.{query.Method}";

    /// <summary>
    /// What a query returns as C# writes it, without namespaces: <c>Task&lt;OrderDto&gt;</c>, <c>bool</c>, and
    /// <c>IReadOnlyList&lt;TRow&gt;</c> where metadata writes the declaring type's or the method's generic parameter by
    /// its position (<c>!0</c>, <c>!!0</c>).
    /// </summary>
    private static string Returned(CodeBase codeBase, SynchronousQuery query, TypeUse returns) =>
        Written(returns, codeBase.ParameterNamesOf(query.QueryType), query.Method is { } method ? codeBase.MethodParameterNamesOf(query.QueryType, method) : null);

    private static string Written(TypeUse use, IReadOnlyList<string>? typeParameters, IReadOnlyList<string>? methodParameters) =>
        GenericParameters.IsPlaceholder(use.Type) ? CodeBase.NameOf(use, typeParameters, qualified: false, methodParameters)
        : use.Type.Namespace == "System" && Keywords.TryGetValue(use.Type.Name, out var keyword) ? keyword
        : TypeName.Display(use.Type.Name, [.. use.Arguments.Select(a => Written(a, typeParameters, methodParameters))]);
}
