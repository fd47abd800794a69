namespace FitnessKit.Cli;

/// <summary>The exit codes of every command.</summary>
internal static class ExitCodes
{
    /// <summary>No violation of error severity.</summary>
    public const int Clean = 0;

    /// <summary>At least one violation of error severity.</summary>
    public const int Violations = 1;

    /// <summary>The input could not be used: a configuration, an assembly or an argument is wrong.</summary>
    public const int BadInput = 2;
}
