using FitnessKit.Baselines;
using FitnessKit.Evaluation;
using FitnessKit.Inspection;
using FitnessKit.Model;
using FitnessKit.Reporting;
using FitnessKit.Rules;
using FitnessKit.Tables;
using Spectre.Console;

namespace FitnessKit.Cli;

/// <summary>
/// Writes a report to the console so that it reads in one screen however large it is: what was checked, a summary of
/// the violations by context pair, then the findings by rule and context (identical ones once, with their places
/// under them), capped by <see cref="ConsoleDetail"/>, and where the rest is.
/// </summary>
internal static class ConsoleReport
{
    // The rules whose findings are always between two contexts: with one context, they cannot find any.
    private static readonly RuleDescriptor[] BetweenContexts =
    [
        RuleCatalog.ContractsOnly, RuleCatalog.NoSharedEntityPackages, RuleCatalog.ForeignTableAccess, RuleCatalog.CrossContextJoin,
        RuleCatalog.SharedTable, RuleCatalog.ForeignDbContext, RuleCatalog.ContextCycles, RuleCatalog.SynchronousDataCoupling,
    ];

    public static void Write(FitnessReport report, IAnsiConsole console, string baseDirectory, ConsoleDetail? detail = null)
    {
        detail ??= new ConsoleDetail();
        WriteScope(report, console, baseDirectory, detail);
        var shown = report.NewViolations;
        if (shown.Count == 0)
        {
            console.MarkupLine(report.Baseline is null ? "[green]No violations.[/]" : "[green]No new violations.[/]");
            return;
        }

        console.WriteLine();
        ContextPairSummary.Write(shown, console, detail.MostPairs, (from, to) => CouplingText.Between(report, from, to));
        var leftOut = FindingList.Write(shown, console, baseDirectory, detail);

        var errors = shown.Count(v => v.Severity == Severity.Error);
        var warnings = shown.Count(v => v.Severity == Severity.Warning);
        var notes = shown.Count(v => v.Severity == Severity.Note);
        var severities = string.Join(", ", new[] { (errors, "error"), (warnings, "warning"), (notes, "note") }.Where(s => s.Item1 > 0).Select(s => Phrases.Count(s.Item1, s.Item2)));
        console.WriteLine();
        console.MarkupLineInterpolated($"[bold]{Phrases.Count(shown.Count, report.Baseline is null ? "violation" : "new violation")}[/] ({(severities.Length == 0 ? "no errors" : severities)}).");
        if (leftOut > 0)
        {
            var where = detail.ReportDirectory is { } folder
                ? $"in the reports in {Path.GetRelativePath(baseDirectory, folder).Replace('\\', '/')} (or pass --all to print every one)"
                : "pass --all to print every one, or --out DIR to write the reports";
            console.MarkupLineInterpolated($"{Phrases.Count(leftOut, "more finding")} not printed: {Printable.Text(where)}.");
        }
    }

    /// <summary>
    /// A map of one context leaves the rules that compare contexts nothing to compare: said, so that a clean check of a
    /// monolith mapped whole does not read as a system whose boundaries hold.
    /// </summary>
    private static void WriteOneContext(FitnessReport report, IAnsiConsole console)
    {
        var between = report.Rules.Where(r => BetweenContexts.Contains(r)).Select(r => r.Id).ToList();
        if (report.Model.Contexts.Count != 1 || between.Count == 0)
        {
            return;
        }

        console.MarkupLineInterpolated($"[yellow]One context only ({report.Model.Contexts[0].Name}):[/] {Phrases.And(between)} compare contexts, so they had nothing to check. Map two or more contexts, by assembly or by namespace (docs/configuration.md), to check the boundaries between them.");
    }

    /// <summary>What was checked, and what could not be: assemblies in no context, unresolved references, skipped files, the tables read, the baseline.</summary>
    private static void WriteScope(FitnessReport report, IAnsiConsole console, string baseDirectory, ConsoleDetail detail)
    {
        console.MarkupLineInterpolated($"Checked {report.Scope}.");
        var model = report.Model;
        WriteOneContext(report, console);
        var thirdParty = model.UnownedAssemblies.Where(a => model.CodeBase.Assemblies.Any(i => i.Name == a && !i.IsFirstParty)).ToList();
        var firstParty = model.UnownedAssemblies.Except(thirdParty, StringComparer.Ordinal).ToList();
        if (firstParty.Count > 0)
        {
            var (unowned, more) = ConsoleDetail.Cap(firstParty, detail.MostListed);
            var listed = string.Join(", ", unowned.Select(a => $"{a} ({Phrases.Count(model.UnownedTypeCount(a), "type")})"));
            console.MarkupLineInterpolated($"[grey]Not in any context: {Printable.Text(listed)}{(more > 0 ? $" and {Phrases.Count(more, "more assembly", "more assemblies")}" : string.Empty)}.[/]");
        }

        if (thirdParty.Count > 0)
        {
            console.MarkupLineInterpolated($"[grey]Read, not judged: {Phrases.Count(thirdParty.Count, "third-party assembly", "third-party assemblies")} in no context ({Printable.Text(Phrases.Some(thirdParty, 3))}).[/]");
        }

        LoadNotes.Write(model.CodeBase, console, baseDirectory, detail);
        foreach (var note in report.Notes.Take(detail.MostListed ?? int.MaxValue))
        {
            console.MarkupLineInterpolated($"[yellow]Undecided:[/] {Printable.Text(note)}");
        }

        More(console, report.Notes.Count - Math.Min(report.Notes.Count, detail.MostListed ?? int.MaxValue), "undecided type note");
        if (report.Tables is { } tables)
        {
            WriteTables(tables, console, baseDirectory, detail);
        }

        WriteContracts(report, console, baseDirectory);
        if (report.Baseline is { } baseline)
        {
            console.MarkupLineInterpolated($"{baseline.Describe()}");
            foreach (var stale in baseline.Stale)
            {
                console.MarkupLineInterpolated($"[grey]  stale: {Printable.Text(stale.ToString())}[/]");
            }
        }
    }

    /// <summary>One line for FK013: what the contracts were compared with, and how many changes broke them, added to them, or could not be judged.</summary>
    private static void WriteContracts(FitnessReport report, IAnsiConsole console, string baseDirectory)
    {
        if (ContractSummary.Of(report, baseDirectory) is { } summary)
        {
            console.MarkupLineInterpolated($"{Printable.Text(summary)}");
        }
    }

    private static void WriteTables(Tables.TableCatalog tables, IAnsiConsole console, string baseDirectory, ConsoleDetail detail)
    {
        if (tables.Tables.Count + tables.Statements.Count + tables.Problems.Count == 0)
        {
            console.MarkupLine("Tables: no EF Core mapping and no SQL were found, so the data-ownership rules had nothing to check.");
        }
        else
        {
            console.MarkupLineInterpolated($"Tables: {DataPhrases.Objects(tables)} mapped or queried, {Phrases.Count(tables.Statements.Count, "SQL statement")} (the audit: fitnesskit tables).");
        }

        var (problems, moreProblems) = ConsoleDetail.Cap(tables.Problems, detail.MostListed);
        foreach (var problem in problems)
        {
            var at = problem.Location is null ? string.Empty : " at " + problem.Location.ToString(baseDirectory);
            console.MarkupLineInterpolated($"[yellow]SQL not read[/] in {Printable.Text(Phrases.Member(problem.SourceType.DisplayName, problem.SourceMember))} {Printable.Text(DataPhrases.Through(problem.Api))}: {Printable.Text(problem.Problem)}{at}.");
        }

        More(console, moreProblems, "SQL statement not read", "SQL statements not read");
        var (notes, moreNotes) = ConsoleDetail.Cap(tables.Notes, detail.MostListed);
        foreach (var note in notes)
        {
            console.MarkupLineInterpolated($"[grey]Tables: {Printable.Text(note)}[/]");
        }

        More(console, moreNotes, "note on the tables", "notes on the tables");
    }

    private static void More(IAnsiConsole console, int count, string noun, string? plural = null)
    {
        if (count > 0)
        {
            console.MarkupLineInterpolated($"[grey]and {Phrases.Count(count, "more " + noun, "more " + (plural ?? noun + "s"))} (in the reports, or pass --all).[/]");
        }
    }
}
