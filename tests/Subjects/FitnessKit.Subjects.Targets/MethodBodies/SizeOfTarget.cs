namespace FitnessKit.Subjects.Targets;

/// <summary>Reached by the scenario SizeOf.</summary>
public struct SizeOfTarget
{
    public int Number;
}
