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
        output.WriteLine($"{"count",10}  {"leads to",-22} {"where",-8} {"type",-9} kind");
        foreach (var (key, count) in counts.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal))
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{count,10:N0}  {key}"));
        }
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
