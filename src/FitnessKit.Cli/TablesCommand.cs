using System.CommandLine;
using FitnessKit.Configuration;
using FitnessKit.Inspection;
using FitnessKit.Model;
using FitnessKit.Persistence;
using FitnessKit.Rules;
using FitnessKit.Tables;
using Spectre.Console;

namespace FitnessKit.Cli;

/// <summary><c>fitnesskit tables --config fitness.json</c>: the table audit. Every table the code maps or queries, its owner and why, each context that maps, reads or writes it, with type, member and file:line; then the SQL that could not be read.</summary>
internal static class TablesCommand
{
    public static Command Create()
    {
        var config = CliOptions.Config();
        var cache = CliOptions.Cache();
        var command = new Command("tables", """
            Audit the tables: which context owns each table, which contexts map it, and which code reads or writes it with SQL, read from EF Core mappings and SQL in the compiled code (no database is opened).
            Exit code 0 once the audit is printed, whatever it shows (use 'check' to fail on breaches); 2: bad input.

            Examples:
              fitnesskit tables --config samples/Shop.Broken/fitness.json
            """)
        {
            config, cache,
        };
        command.SetAction(result => Run(result.GetValue(config)!, result.GetValue(cache), Terminal.Create()));
        return command;
    }

    internal static int Run(FileInfo configFile, DirectoryInfo? cache, IAnsiConsole console) => Session.Guard(console, $"audit the tables of {configFile.FullName}", () =>
    {
        var config = FitnessConfig.Load(configFile.FullName);
        var codeBase = CodeBase.Load(config.Assemblies, new LoadOptions { CacheDirectory = cache?.FullName });
        var model = config.Map.Resolve(codeBase);
        var catalog = TableCatalog.Build(model, PersistenceCatalog.Build(codeBase, config.Map.Persistence));
        Write(catalog, console, WorkingDirectory.Current);
        WriteNouns(NounCatalog.Find(model, catalog), console);
        return ExitCodes.Clean;
    });

    internal static void Write(TableCatalog catalog, IAnsiConsole console, string baseDirectory)
    {
        console.MarkupLineInterpolated($"{DataPhrases.Objects(catalog)}, {Counted(catalog.Statements.Count, "SQL statement")} found in the code. {DataPhrases.Databases(catalog, "Contexts are assumed to share one database: a table is the same table wherever its schema and name match.")}");
        foreach (var table in catalog.Tables)
        {
            console.WriteLine();
            var owner = table.Owner is { } name ? $"owned by {name}" : table.IsShared ? "[red]shared[/]" : table.IsUnowned ? "[yellow]unowned[/]" : "owner unknown";
            console.MarkupLine($"[bold]{Markup.Escape(Printable.Text(table.Table.ToString()))}[/]{(table.Table.SchemaIsDefault ? " [grey](default schema)[/]" : string.Empty)}: {owner} [grey]({Markup.Escape(Printable.Text(table.Reason))})[/]");
            foreach (var mapping in table.Mappings)
            {
                // A class that maps itself (linq2db's [Table]) is named once.
                var mapper = mapping.DbContext.Equals(mapping.Entity) ? "mapped as" : $"mapped by {Printable.Text(mapping.DbContext.DisplayName)} for";
                console.MarkupLineInterpolated($"  {mapper} {Printable.Text(mapping.Entity.DisplayName)}: {Printable.Text(mapping.Evidence)}{At(mapping.Location, baseDirectory)}");
            }

            foreach (var access in table.Accesses)
            {
                var statement = access.Statement;
                console.MarkupLineInterpolated($"  {DataPhrases.Participle(access.Access)} by {Printable.Text(Phrases.Member(statement.SourceType.DisplayName, statement.SourceMember))} {DataPhrases.Through(statement)}{At(statement.Location, baseDirectory)}");
            }
        }

        if (catalog.Problems.Count > 0)
        {
            console.WriteLine();
            console.MarkupLineInterpolated($"[yellow]{Counted(catalog.Problems.Count, "SQL text")} could not be read:[/]");
            foreach (var problem in catalog.Problems)
            {
                console.MarkupLineInterpolated($"  {Printable.Text(Phrases.Member(problem.SourceType.DisplayName, problem.SourceMember))} {Printable.Text(DataPhrases.Through(problem.Api))}: {Printable.Text(problem.Problem)}{At(problem.Location, baseDirectory)}");
            }
        }

        foreach (var note in catalog.Notes)
        {
            console.MarkupLineInterpolated($"[grey]Note: {Printable.Text(note)}[/]");
        }
    }

    /// <summary>The nouns several contexts define, side by side: information, never a failure.</summary>
    internal static void WriteNouns(IReadOnlyList<SharedNoun> nouns, IAnsiConsole console)
    {
        if (nouns.Count == 0)
        {
            return;
        }

        console.WriteLine();
        console.MarkupLineInterpolated($"Nouns defined in several contexts (information, not a violation): {Counted(nouns.Count, "noun")}.");
        foreach (var noun in nouns)
        {
            console.MarkupLineInterpolated($"  {Printable.Text(noun.Name)}:");
            foreach (var definition in noun.Definitions)
            {
                console.MarkupLineInterpolated($"    {Printable.Text(definition.Context)}: {Printable.Text(definition.Type)}{(definition.IsMapped ? " (mapped)" : string.Empty)} {{ {Printable.Text(string.Join(", ", definition.Properties))} }}");
            }
        }
    }

    private static string At(FitnessKit.Model.SourceLocation? location, string baseDirectory) => location is null ? string.Empty : " at " + location.ToString(baseDirectory);

    private static string Counted(int count, string noun) => $"{count} {noun}{(count == 1 ? string.Empty : "s")}";
}
