namespace FitnessKit;

/// <summary>
/// The shortcuts the engine takes to answer sooner: reading the type headers of a package or runtime assembly only when
/// asked, decoding only the assemblies the rules will read, judging each dependency target once per context, looking
/// for a PDB only where an assembly's debug directory points. Each gives the
/// answer the long way gives; tests turn them all off (<see cref="TurnOff"/>) and compare.
/// </summary>
internal static class Shortcuts
{
    private static readonly AsyncLocal<bool> Off = new();

    /// <summary>Gets a value indicating whether the shortcuts are taken (always, outside a test that turned them off).</summary>
    public static bool Taken => !Off.Value;

    /// <summary>Turns every shortcut off for the calling flow until the result is disposed.</summary>
    public static IDisposable TurnOff()
    {
        Off.Value = true;
        return new Restore();
    }

    private sealed class Restore : IDisposable
    {
        public void Dispose() => Off.Value = false;
    }
}
