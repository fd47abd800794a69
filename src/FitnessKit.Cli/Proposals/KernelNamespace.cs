namespace FitnessKit.Cli.Proposals;

/// <summary>A namespace pattern placed in the shared kernel, such as <c>Bakery.Web.Modules.Shared.**</c>, and why.</summary>
internal sealed record KernelNamespace(string Pattern, string Reason);
