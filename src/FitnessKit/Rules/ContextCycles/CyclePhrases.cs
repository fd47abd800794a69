using System.Globalization;
using FitnessKit.Inspection;
using FitnessKit.Tables;

namespace FitnessKit.Rules.ContextCycles;

/// <summary>The words of FK009: a cycle as a path, each step with its example, and which step to turn around.</summary>
internal static class CyclePhrases
{
    /// <summary>The most steps a message tells, and the most contexts it names in a row: a cycle through hundreds of contexts reads as its first steps and the closing one.</summary>
    public const int MostSteps = 8;

    public static string Message(ContextCycle cycle, IReadOnlyList<CycleStep> steps)
    {
        var contexts = cycle.Steps.Select(s => s.From).ToList();
        var text = new System.Text.StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"Contexts {Names(contexts)} depend on each other in a cycle, {Path(cycle.Path)}.");
        foreach (var step in steps.Count <= MostSteps ? steps : [.. steps.Take(MostSteps - 1), steps[^1]])
        {
            var closes = step == steps[^1] ? ", which closes the cycle" : string.Empty;
            text.Append(CultureInfo.InvariantCulture, $" {step.Dependency.From} -> {step.Dependency.To}{closes}: {Example(step)}.");
            if (steps.Count > MostSteps && step == steps[MostSteps - 2])
            {
                text.Append(CultureInfo.InvariantCulture, $" The {Phrases.Count(steps.Count - MostSteps, "step")} after it {(steps.Count - MostSteps == 1 ? "is" : "are")} not told here.");
            }
        }

        text.Append(contexts.Count == 2
            ? " Neither context can change, be tested or be deployed without the other."
            : " None of them can change, be tested or be deployed without the others.");
        if (cycle.Group.Count > contexts.Count || cycle.Capped)
        {
            text.Append(CultureInfo.InvariantCulture, $" The cycle is one of those among contexts {Names(cycle.Group)}, which all depend on each other through {Phrases.Count(cycle.GroupDependencies, "dependency", "dependencies")}");
            text.Append(cycle.Capped
                ? $"; {CycleSearch.MostPerGroup} of their cycles are reported, and {Phrases.Count(cycle.UncoveredDependencies, "dependency", "dependencies")} among them {(cycle.UncoveredDependencies == 1 ? "lies" : "lie")} on none of those."
                : ".");
        }

        return text.ToString();
    }

    public static string Fix(ContextCycle cycle, CycleStep closing)
    {
        var (from, to) = (cycle.Closing.From, cycle.Closing.To);
        var rest = Path(cycle.Path.Take(cycle.Path.Count - 1).ToList());
        if (closing.Access is { } access)
        {
            return access.Access != TableAccessKind.Read
                ? $"Turn {from} -> {to} around, so that it goes the way of the rest of the cycle ({rest}): stop {DataPhrases.Gerund(access.Access)} {DataPhrases.Noun(access)} {access.Table} from {from}, and publish an integration event from {Phrases.Possessive(from)} contracts that {to} consumes to change its own data."
                : $"Turn {from} -> {to} around, so that it goes the way of the rest of the cycle ({rest}): stop reading table {access.Table} from {from}, and keep a projection of the data in a table of {Phrases.Possessive(from)} own, fed by messages that {to} sends through {Phrases.Possessive(from)} contracts.";
        }

        var data = cycle.Closing.DataUses > 0 ? $", and stop reading and writing {Phrases.Possessive(to)} tables" : string.Empty;
        return $"Turn {from} -> {to} around, so that it goes the way of the rest of the cycle ({rest}): where {from} tells {to} something, publish an integration event from {Phrases.Possessive(from)} contracts that {to} consumes instead of calling it; where {from} needs {Phrases.Possessive(to)} data, keep a projection of it in {from}, fed by messages that {to} sends through {Phrases.Possessive(from)} contracts, instead of asking for it{data}. Start with {closing.Who}, which uses {closing.TargetName}.";
    }

    /// <summary>Names, <c>Orders, Payments and Shipping</c>; past <see cref="MostSteps"/>, the first ones and how many more.</summary>
    private static string Names(IReadOnlyList<string> names) =>
        names.Count <= MostSteps ? Phrases.And(names) : $"{string.Join(", ", names.Take(MostSteps))} and {Phrases.Number(names.Count - MostSteps)} more";

    /// <summary>The path of contexts, <c>Orders -> Payments -> Orders</c>; past <see cref="MostSteps"/> steps, its first contexts, how many are left out, and its last two.</summary>
    private static string Path(IReadOnlyList<string> path) => path.Count <= MostSteps + 1
        ? string.Join(" -> ", path)
        : $"{string.Join(" -> ", path.Take(MostSteps - 1))} -> ({Phrases.Count(path.Count - MostSteps - 1, "more context")}) -> {path[^2]} -> {path[^1]}";

    /// <summary>One step's example: <c>Shop.Orders.Desk.Pay uses Shop.Payments.IGate (method call) at Desk.cs:12, 1 of 3 type uses</c>.</summary>
    private static string Example(CycleStep step)
    {
        var dependency = step.Dependency;
        var where = step.Location is { } location ? $" at {System.IO.Path.GetFileName(location.File.Replace('\\', '/'))}:{location.Line}" : string.Empty;
        if (step.Access is { } access)
        {
            return $"{step.Who} {DataPhrases.Verb(access.Access)} {DataPhrases.Noun(access)} {access.Table}, which {dependency.To} owns, {DataPhrases.Through(access.Statement)}{where} ({Of(dependency.DataUses, "table access", "table accesses")})";
        }

        var data = dependency.DataUses > 0 ? $", and {Phrases.Count(dependency.DataUses, "table access", "table accesses")}" : string.Empty;
        return $"{step.Who} uses {step.TargetName} ({Phrases.Kinds(step.Kinds)}){where} ({Of(dependency.Uses, "type use", "type uses")}{data})";
    }

    private static string Of(int count, string noun, string plural) => count == 1 ? $"the only {noun}" : $"1 of {Phrases.Number(count)} {plural}";
}
