using System.CommandLine;
using Spectre.Console;

namespace FitnessKit.Cli;

/// <summary><c>fitnesskit init --assemblies DIR</c>: proposes contexts and contracts from the names of built assemblies and writes a commented fitness.json.</summary>
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
            Propose a context map from assembly names (X, X.Infrastructure, X.Contracts, X.IntegrationEvents, ...) and write a commented fitness.json to review.
            Hosts, tests and third-party assemblies are left out of every context; *.SharedKernel and *.Common become the shared kernel.

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
        var withSymbols = codeBase.Assemblies.Where(a => File.Exists(Path.ChangeExtension(a.Path, ".pdb"))).ToList();
        var firstParty = (withSymbols.Count > 0 ? withSymbols : codeBase.Assemblies).Select(a => a.Name).ToList();
        var proposal = ContextProposal.From(firstParty);
        if (proposal.Contexts.Count == 0)
        {
            throw new FitnessKitException($"{folder.FullName}: none of its {Phrases.Count(codeBase.Assemblies.Count, "assembly", "assemblies")} looks like part of a bounded context ({string.Join(", ", firstParty.Take(10))}); write fitness.json by hand (see docs/configuration.md).");
        }

        var relative = Path.GetRelativePath(Path.GetDirectoryName(target)!, folder.FullName).Replace('\\', '/');
        var glob = $"{relative}/{(proposal.Prefix.Length > 0 ? proposal.Prefix + "*" : "*")}.dll";
        var json = proposal.ToJson([glob], relative);
        FitnessConfig.Parse(json, target);
        AtomicFile.WriteAllText(target, json);
        console.MarkupLineInterpolated($"Proposed {Phrases.Count(proposal.Contexts.Count, "context")} ({string.Join(", ", proposal.Contexts.Select(c => c.Name))}) from {Phrases.Count(firstParty.Count, "assembly", "assemblies")}; wrote {Path.GetRelativePath(Directory.GetCurrentDirectory(), target).Replace('\\', '/')}.");
        console.MarkupLineInterpolated($"Review it, then run: fitnesskit check --config {Path.GetRelativePath(Directory.GetCurrentDirectory(), target).Replace('\\', '/')}");
        return ExitCodes.Clean;
    });
}
