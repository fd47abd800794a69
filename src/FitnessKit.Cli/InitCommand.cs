using System.CommandLine;
using FitnessKit.Cli.Proposals;
using FitnessKit.Configuration;
using FitnessKit.Inspection;
using FitnessKit.Model;
using Spectre.Console;

namespace FitnessKit.Cli;

/// <summary><c>fitnesskit init --assemblies DIR</c>: proposes contexts and contracts from what the built assemblies are (names, entry points, references, namespaces) and writes a commented fitness.json.</summary>
internal static class InitCommand
{
    /// <summary>Where editors find the JSON Schema of fitness.json.</summary>
    public const string SchemaUri = "https://raw.githubusercontent.com/fitnesskit/fitnesskit/main/schema/fitness.schema.json";

    public static Command Create()
    {
        var assemblies = new Option<DirectoryInfo>("--assemblies", "-a") { Description = "A folder of built assemblies, such as bin/Debug/net10.0 of the host project.", Required = true };
        var output = new Option<FileInfo?>("--out", "-o") { Description = "The configuration file to write. Default: ./fitness.json." };
        var force = new Option<bool>("--force") { Description = "Overwrite the configuration file if it exists." };
        var command = new Command("init", """
            Propose a context map from the built assemblies and write a commented fitness.json to review: each choice comes with its reason.
            It reads their names, entry points, references, namespaces and DbContexts, and recognises:
              - a modular monolith: Acme.Shop.Modules.<Module>.{Domain,Application,Infrastructure,IntegrationEvents}, Acme.Shop.BuildingBlocks.*, an API host;
              - a service per deployable: <Service>.API, <Service>.Domain, <Service>.Infrastructure, events in namespaces such as
                <Service>.API.IntegrationEvents.Events, shared EventBus*, *.ServiceDefaults and IntegrationEventLog*/Outbox* libraries;
              - <Product>.<Module>.* beside <Product>.Common.* (or SharedKernel, Shared, BuildingBlocks) and a host;
              - modules in one assembly: its folders after Modules or BoundedContexts (Bakery.Web.Modules.<Module>.*), or sibling
                folders with a DbContext each (Pantry.Api.<Module>.Data.<Module>DbContext), a context per folder by namespace.
            Contracts are assemblies, or else public namespaces, named Contracts, IntegrationEvents, Events, Messages, PublicApi, Abstractions or Dtos.
            An entry point that references several contexts is a host (a composition root); hosts, tests, benchmarks and third-party
            assemblies belong to no context. A library that several contexts reference and that references none of them is shared kernel;
            a first-party library that fits no other context (<Product>.Worker, <Product>.Reporting) is a context of its own.
            Where the contexts' DbContexts, or the connections their own SQL opens, reach databases of their own (the connection or data source
            an Aspire integration registers, a connection string named in AddDbContext, OnConfiguring, a design-time factory or
            new SqlConnection(...)), each context names its database.

            Examples:
              fitnesskit init --assemblies samples/Shop/bin --out samples/Shop/fitness.proposed.json
              fitnesskit init --assemblies src/Shop.Host/bin/Debug/net10.0
            """)
        {
            assemblies, output, force,
        };
        command.SetAction(result => Run(result.GetValue(assemblies)!, result.GetValue(output), result.GetValue(force), Terminal.Create()));
        return command;
    }

    internal static int Run(DirectoryInfo folder, FileInfo? output, bool force, IAnsiConsole console) => Session.Guard(console, $"propose a configuration from {folder.FullName}", () =>
    {
        var target = output?.FullName ?? Path.GetFullPath("fitness.json");
        if (File.Exists(target) && !force)
        {
            throw new FitnessKitException($"{target}: the file exists; pass --force to overwrite it, or --out to write elsewhere.");
        }

        if (!folder.Exists)
        {
            throw new FitnessKitException($"{folder.FullName}: the folder does not exist; point --assemblies at a folder of built assemblies.");
        }

        var codeBase = CodeBase.Load(AssemblySource.Folder(folder.FullName));
        // The system's own assemblies, told from packages by the deps.json, symbols and paths (see docs/engine.md).
        var firstParty = codeBase.Assemblies.Where(a => a.IsFirstParty).ToList();
        // Where a DbContext lies tells the modules of an application that names none (Pantry.Api.Orders.Data.OrdersDbContext).
        var dbContexts = ProposedDatabases.ConcreteDbContexts(codeBase, detection: null);
        var proposal = ContextProposal.From(firstParty, dbContexts);
        if (proposal.Contexts.Count == 0)
        {
            throw new FitnessKitException($"{folder.FullName}: none of its {Phrases.Count(codeBase.Assemblies.Count, "assembly", "assemblies")} looks like part of a bounded context ({string.Join(", ", firstParty.Take(10).Select(a => a.Name))}); write fitness.json by hand (see docs/configuration.md).");
        }

        var relative = Path.GetRelativePath(Path.GetDirectoryName(target)!, folder.FullName).Replace('\\', '/');
        var globs = AssemblyGlobs.For(proposal, relative);
        var json = ProposalWriter.ToJson(proposal, globs, relative);
        // Where the contexts' DbContexts connect to databases of their own, each context names its database.
        proposal = ProposedDatabases.Add(proposal, FitnessConfig.Parse(json, target), codeBase, dbContexts);
        json = ProposalWriter.ToJson(proposal, globs, relative);
        FitnessConfig.Parse(json, target);
        AtomicFile.WriteAllText(target, json);
        console.MarkupLineInterpolated($"Proposed {Phrases.Count(proposal.Contexts.Count, "context")} ({string.Join(", ", proposal.Contexts.Select(c => c.Name))}) from {Phrases.Count(firstParty.Count, "assembly", "assemblies")}; wrote {Path.GetRelativePath(WorkingDirectory.Current, target).Replace('\\', '/')}.");
        if (proposal.Contexts.Count == 1)
        {
            console.MarkupLineInterpolated($"[yellow]One context only ({proposal.Contexts[0].Name}):[/] the rules between contexts have nothing to compare until it is split, by assembly or by namespace (docs/configuration.md).");
        }

        console.MarkupLineInterpolated($"Review it, then run: fitnesskit check --config {Path.GetRelativePath(WorkingDirectory.Current, target).Replace('\\', '/')}");
        return ExitCodes.Clean;
    });
}
