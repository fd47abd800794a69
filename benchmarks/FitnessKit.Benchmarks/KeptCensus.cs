using System.Globalization;
using FitnessKit.ContextMapping;
using FitnessKit.Model;

namespace FitnessKit.Benchmarks;

/// <summary>
/// What a check keeps of the contexts' types once it has decoded them (<c>phases --kept</c>): its kept dependencies
/// counted by where they lead (the type's own assembly, another assembly of its context, another context, no context),
/// whether they are on the public surface, of a contract type or not, and their kind; most first. Decision 34 of
/// docs/performance.md came from this count: a million dependencies on the surface of types no rule reads it of.
/// </summary>
internal static class KeptCensus
{
    public static void Print(ContextModel model, TextWriter output)
    {
        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        long total = 0;
        foreach (var context in model.Contexts)
        {
            foreach (var type in context.Types)
            {
                var contract = context.IsContract(type.Name) ? "contract" : "other";
                foreach (var dependency in model.View.Of(type))
                {
                    var key = $"{Leads(model, context, type, dependency.Target),-22} {(dependency.IsPublicSurface ? "surface" : "code"),-8} {contract,-9} {dependency.Kind}";
                    counts[key] = counts.GetValueOrDefault(key) + 1;
                    total++;
                }
            }
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{total:N0} kept dependencies of {model.Contexts.Sum(c => c.Types.Count):N0} types"));
        PrintRoles(model, output);
        output.WriteLine($"{"count",10}  {"leads to",-22} {"where",-8} {"type",-9} kind");
        foreach (var (key, count) in counts.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal))
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{count,10:N0}  {key}"));
        }
    }

    /// <summary>
    /// Which of the contexts' types a check reads after decoding for what they are, not only for their names: those
    /// that keep a dependency (every rule that reads code starts from them), the contract types (FK010, FK011, FK001's
    /// offers, the coupling's messages), and the types the kept dependencies lead to that the code base holds (asked
    /// for their kind, base types and visibility). What a check that judged each assembly as it decoded it, and let
    /// its types go, would still hold is at least these; the rest are held for the model a report exposes.
    /// </summary>
    private static void PrintRoles(ContextModel model, TextWriter output)
    {
        var types = 0;
        var keeping = 0;
        var contracts = 0;
        var read = new HashSet<InspectedType>(ReferenceEqualityComparer.Instance);
        var targets = new HashSet<TypeName>();
        foreach (var context in model.Contexts)
        {
            foreach (var type in context.Types)
            {
                types++;
                var kept = model.View.Of(type);
                var isContract = context.ContractTypes.Contains(type);
                contracts += isContract ? 1 : 0;
                if (kept.Count > 0)
                {
                    keeping++;
                    read.Add(type);
                }

                if (isContract)
                {
                    read.Add(type);
                }

                foreach (var dependency in kept)
                {
                    targets.Add(dependency.Target);
                }
            }
        }

        var led = targets.Select(model.CodeBase.FindType).OfType<InspectedType>().Where(t => !read.Contains(t)).ToList();
        var ledInContexts = led.Count(t => model.ContextOf(t) is not null);
        var inContexts = read.Count + ledInContexts;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"roles: {types:N0} types; {keeping:N0} keep a dependency, {contracts:N0} are contract types, {ledInContexts:N0} more are led to by a kept dependency: {inContexts:N0} read for what they are ({(double)inContexts / types:P0}); {targets.Count:N0} distinct targets, {led.Count - ledInContexts:N0} of them types of no context"));
    }

    private static string Leads(ContextModel model, BoundedContext home, InspectedType type, TypeName target) =>
        model.ContextOf(target) switch
        {
            null => "no context",
            var other when other != home => "another context",
            _ when !string.Equals(target.Assembly, type.Assembly.Name, StringComparison.OrdinalIgnoreCase) => "another assembly",
            _ => "its own assembly",
        };
}
