namespace FitnessKit.Subjects.Hostile.SideEffects;

/// <summary>Runs its static constructor the first time the type is touched.</summary>
[Tripping]
public sealed class GuardedState
{
    static GuardedState() => Tripwire.Trip("static-constructor");

    public static int Touch() => 1;
}
