namespace FitnessKit.Cli;

/// <summary>
/// The folder the commands print paths relative to: the process's current directory, unless a caller (a test, or a host
/// running several commands at once) sets another for the calls it makes. Setting it never changes the process's current
/// directory, so commands run in parallel each see their own.
/// </summary>
internal static class WorkingDirectory
{
    private static readonly AsyncLocal<string?> Override = new();

    /// <summary>Gets the folder paths are printed relative to.</summary>
    public static string Current => Override.Value ?? Directory.GetCurrentDirectory();

    /// <summary>Prints paths relative to <paramref name="folder"/> in this flow of calls until the result is disposed.</summary>
    /// <param name="folder">An absolute folder.</param>
    /// <returns>Restores the previous folder when disposed.</returns>
    public static IDisposable Use(string folder)
    {
        var previous = Override.Value;
        Override.Value = Path.GetFullPath(folder);
        return new Restore(previous);
    }

    private sealed class Restore(string? previous) : IDisposable
    {
        public void Dispose() => Override.Value = previous;
    }
}
