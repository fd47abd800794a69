using FitnessKit.ContextMapping;
using FitnessKit.Loading.Il;
using FitnessKit.Model;

namespace FitnessKit.Coupling;

/// <summary>
/// How each context uses each other one, by <see cref="CouplingStyle"/>, and every synchronous query among them.
/// Read from the model (dependencies, interfaces) and, for the types that call a method of another context, from
/// their IL, to know which method they call and what it returns.
/// </summary>
internal sealed class ContextCoupling
{
    private readonly Dictionary<string, Dictionary<string, StyleCounts>> _counts;

    private ContextCoupling(Dictionary<string, Dictionary<string, StyleCounts>> counts, IReadOnlyList<SynchronousQuery> queries, MessageCatalog messages)
    {
        _counts = counts;
        Queries = queries;
        Messages = messages;
    }

    /// <summary>Gets every synchronous query from one context to another, once per asking member and query, ordered by context, type, member and query.</summary>
    public IReadOnlyList<SynchronousQuery> Queries { get; }

    /// <summary>Gets what each type is as a message.</summary>
    public MessageCatalog Messages { get; }

    /// <summary>How one context uses another, by style; all zero when it does not use it through code.</summary>
    public StyleCounts Between(string from, string to) => _counts.TryGetValue(from, out var byTarget) ? byTarget.GetValueOrDefault(to) : default;

    /// <summary>Classifies every use of a type of another context.</summary>
    public static ContextCoupling Read(ContextModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var reader = new CouplingReader(model, MessageCatalog.Build(model));
        foreach (var context in model.Contexts)
        {
            foreach (var type in context.Types)
            {
                reader.ReadType(context, type);
            }
        }

        reader.ReadCalls();
        var order = model.ContextOrder();
        var queries = reader.Queries.Values
            .OrderBy(q => order[q.From]).ThenBy(q => order[q.To])
            .ThenBy(q => q.Caller.ReportedName, StringComparer.Ordinal).ThenBy(q => q.Member, StringComparer.Ordinal).ThenBy(q => q.Name, StringComparer.Ordinal)
            .ToList();
        return new ContextCoupling(reader.Counts(), queries, reader.Messages);
    }
}
