namespace FitnessKit.Cli.Proposals;

/// <summary>An assembly placed in the shared kernel or left out of every context, and why.</summary>
internal sealed record Placement(string Assembly, string Reason);
