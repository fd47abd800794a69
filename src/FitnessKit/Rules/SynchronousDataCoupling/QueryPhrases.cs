using FitnessKit.Coupling;
using FitnessKit.Inspection;
using FitnessKit.Model;

namespace FitnessKit.Rules.SynchronousDataCoupling;

/// <summary>The sentences of FK012: who asks whom for what, through which query, and the projection to keep instead.</summary>
internal static class QueryPhrases
{
    public static string Message(CodeBase codeBase, SynchronousQuery query, SourceLocation? location)
    {
        var asker = $"{Phrases.Member(codeBase, query.Caller, query.Member, location)} in context {query.From}";
        var how = query.Route switch
        {
            QueryRoute.Message => $"sends {Phrases.Possessive(query.To)} query message {query.Name}",
            QueryRoute.HttpClient => $"is a method of an HTTP client (it holds an HttpClient) that returns {Phrases.Possessive(query.To)} {codeBase.NameOf(query.ReturnedType!)}",
            QueryRoute.Refit => $"is a Refit HTTP call that returns {Phrases.Possessive(query.To)} {codeBase.NameOf(query.ReturnedType!)}",
            _ => $"calls {Phrases.Possessive(query.To)} query {query.Name}{(query.Returns is null ? string.Empty : $", which returns {query.Returns}")}",
        };
        return $"{asker} asks {query.To} for data synchronously: it {how}. {query.From} then needs {query.To} up and answering each time, and reads {Phrases.Possessive(query.To)} data as it is now, not as {query.From} last saw it.";
    }

    public static string Fix(SynchronousQuery query, IReadOnlyList<string> events)
    {
        var instead = query.Route is QueryRoute.HttpClient or QueryRoute.Refit ? $"calling {query.To} over HTTP" : $"asking {query.Name}";
        return events.Count > 0
            ? $"Keep the {query.To} data that {query.From} needs in a projection of {Phrases.Possessive(query.From)} own, fed by {Phrases.Possessive(query.To)} events ({Phrases.Some(events, 3)}), and read it instead of {instead}."
            : $"{query.To} publishes no event in its contracts: have it publish integration events for the changes {query.From} needs, keep that data in a projection of {Phrases.Possessive(query.From)} own fed by them, and read it instead of {instead}.";
    }
}
