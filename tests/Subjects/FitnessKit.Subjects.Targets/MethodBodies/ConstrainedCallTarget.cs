namespace FitnessKit.Subjects.Targets;

/// <summary>Reached by the scenario ConstrainedCall: a struct that does not override ToString.</summary>
public struct ConstrainedCallTarget
{
    public int Number;
}
