using System.CommandLine;
using FitnessKit.Configuration;
using FitnessKit.Inspection;
using FitnessKit.Evaluation;
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
        var approved = ContractSnapshots.Approve(CodeBase.Load(config.Assemblies), config.Map, folder);
        console.MarkupLineInterpolated($"{approved.Describe(WorkingDirectory.Current)}");
        return ExitCodes.Clean;
    });
}
