namespace FitnessKit.Subjects.Targets;

/// <summary>Reached by the scenario PointerField.</summary>
public struct PointerTarget
{
    public int Number;
}
