using System.CommandLine;
using FitnessKit.Configuration;
using FitnessKit.Inspection;
using FitnessKit.Rules.ContractCompatibility;
using Spectre.Console;

namespace FitnessKit.Cli;

/// <summary><c>fitnesskit contracts approve --config fitness.json</c>: writes the snapshots of the contracts as they are now, which FK013 compares the code with.</summary>
internal static class ContractsCommand
{
    public static Command Create()
    {
        var config = CliOptions.Config();
        var approve = new Command("approve", """
            Write each contract's snapshot (<Contract>.contract.txt, one declaration a line) into the folder that "contractSnapshots" of fitness.json names, and remove the snapshots of contracts that are gone. Only that folder is written.
            Commit the snapshots: 'fitnesskit check' (FK013) then fails when a contract changes in a way that breaks its consumers, and lists additive changes as notes.

            Examples:
              fitnesskit contracts approve --config fitness.json
            """)
        {
            config,
        };
        approve.SetAction(result => Approve(result.GetValue(config)!, Terminal.Create()));
        return new Command("contracts", "Approve the contracts' public surface, which FK013 (ContractCompatibility) compares the code with.") { approve };
    }

    internal static int Approve(FileInfo configFile, IAnsiConsole console) => Session.Guard(console, $"approve the contracts of {configFile.FullName}", () =>
    {
        var config = FitnessConfig.Load(configFile.FullName);
        var folder = config.Map.ApprovedContracts?.SnapshotDirectory
            ?? throw new FitnessKitException($"{config.Path}: no \"contractSnapshots\" folder to write the snapshots into; add \"contractSnapshots\": \"contracts\" (relative to the file) and run again.");
        var model = config.Map.Resolve(CodeBase.Load(config.Assemblies));
        var (written, unchanged, removed) = ContractApproval.Approve(model, folder);
        var relative = Path.GetRelativePath(WorkingDirectory.Current, folder).Replace('\\', '/');
        console.MarkupLineInterpolated($"Approved {Phrases.Count(written.Count + unchanged.Count, "contract")} in {relative}: {Phrases.Count(written.Count, "snapshot")} written{(written.Count == 0 ? string.Empty : $" ({string.Join(", ", written)})")}, {Phrases.Number(unchanged.Count)} unchanged, {Phrases.Count(removed.Count, "snapshot")} of contracts that are gone removed{(removed.Count == 0 ? string.Empty : $" ({string.Join(", ", removed)})")}.");
        return ExitCodes.Clean;
    });
}
