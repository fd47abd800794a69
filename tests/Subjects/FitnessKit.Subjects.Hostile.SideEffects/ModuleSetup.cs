using System.Runtime.CompilerServices;

namespace FitnessKit.Subjects.Hostile.SideEffects;

/// <summary>Runs as soon as the runtime loads this assembly for execution.</summary>
internal static class ModuleSetup
{
    [ModuleInitializer]
    internal static void Initialize() => Tripwire.Trip("module-initializer");
}
