using Spectre.Console;

namespace FitnessKit.Cli;

/// <summary>Writes a report to the console: what was checked, then the violations grouped by rule and context.</summary>
internal static class ConsoleReport
{
    public static void Write(FitnessReport report, IAnsiConsole console, string baseDirectory)
    {
        console.MarkupLineInterpolated($"Checked {report.Scope}.");
        var model = report.Model;
        if (model.UnownedAssemblies.Count > 0)
        {
            console.MarkupLineInterpolated($"[grey]Not in any context: {Printable.Text(string.Join(", ", model.UnownedAssemblies.Select(a => $"{a} ({Plural(model.UnownedTypes.Count(t => t.Assembly.Name == a), "type")})")))}.[/]");
        }

        foreach (var unresolved in model.CodeBase.UnresolvedReferences)
        {
            console.MarkupLineInterpolated($"[grey]Unresolved reference: {Printable.Text(unresolved.AssemblyName)} (referenced by {Printable.Text(string.Join(", ", unresolved.ReferencedBy))}); dependencies on its types are seen, their base types are not.[/]");
        }

        foreach (var skipped in model.CodeBase.SkippedFiles)
        {
            console.MarkupLineInterpolated($"[grey]Skipped {Printable.Text(Path.GetRelativePath(baseDirectory, skipped.Path))}: {skipped.Reason}.[/]");
        }

        if (report.Tables is { } tables)
        {
            if (tables.Tables.Count + tables.Statements.Count + tables.Problems.Count == 0)
            {
                console.MarkupLine("Tables: no EF Core mapping and no SQL were found, so the data-ownership rules had nothing to check.");
            }
            else
            {
                console.MarkupLineInterpolated($"Tables: {Plural(tables.Tables.Count, "table")} mapped or queried, {Plural(tables.Statements.Count, "SQL statement")} (the audit: fitnesskit tables).");
            }
            foreach (var problem in tables.Problems)
            {
                var at = problem.Location is null ? string.Empty : " at " + problem.Location.ToString(baseDirectory);
                console.MarkupLineInterpolated($"[yellow]SQL not read[/] in {Printable.Text(problem.SourceType.DisplayName)}.{Printable.Text(problem.SourceMember)} through {Printable.Text(problem.Api)}: {Printable.Text(problem.Problem)}{at}.");
            }

            foreach (var note in tables.Notes)
            {
                console.MarkupLineInterpolated($"[grey]Mappings: {Printable.Text(note)}[/]");
            }
        }

        if (report.Baseline is { } baseline)
        {
            console.MarkupLineInterpolated($"{baseline.Describe()}");
            foreach (var stale in baseline.Stale)
            {
                console.MarkupLineInterpolated($"[grey]  stale: {Printable.Text(stale.ToString())}[/]");
            }
        }

        var shown = report.NewViolations;
        if (shown.Count == 0)
        {
            console.MarkupLine(report.Baseline is null ? "[green]No violations.[/]" : "[green]No new violations.[/]");
            return;
        }

        foreach (var rule in shown.GroupBy(v => v.Rule))
        {
            console.WriteLine();
            console.MarkupLineInterpolated($"[bold]{rule.Key.Id} {rule.Key.Name}[/]: {rule.Key.Title} [bold]({rule.Count()})[/]");
            foreach (var group in rule.GroupBy(v => v.SourceContext is null ? $"assembly {v.SourceAssembly}" : $"context {v.SourceContext}"))
            {
                console.MarkupLineInterpolated($"  {group.Key}:");
                foreach (var violation in group)
                {
                    var color = violation.Severity switch
                    {
                        Severity.Error => "red",
                        Severity.Warning => "yellow",
                        _ => "grey",
                    };
                    console.MarkupLineInterpolated($"  - [{color}]{violation.Severity.ToString().ToLowerInvariant()}[/] {Printable.Text(violation.Message)}");
                    if (violation.Location is not null)
                    {
                        console.MarkupLineInterpolated($"    at [blue]{Printable.Text(violation.Location.ToString(baseDirectory))}[/]");
                    }

                    console.MarkupLineInterpolated($"    [grey]Fix: {Printable.Text(violation.Fix)}[/]");
                }
            }
        }

        var errors = shown.Count(v => v.Severity == Severity.Error);
        console.WriteLine();
        console.MarkupLineInterpolated($"[bold]{Plural(shown.Count, report.Baseline is null ? "violation" : "new violation")}[/] ({Plural(errors, "error")}).");
    }

    private static string Plural(int count, string noun) => $"{count} {noun}{(count == 1 ? string.Empty : "s")}";
}
