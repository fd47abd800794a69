namespace FitnessKit.Subjects.Targets;

/// <summary>Reached by the scenario Boxing.</summary>
public struct BoxTarget
{
    public int Number;
}
