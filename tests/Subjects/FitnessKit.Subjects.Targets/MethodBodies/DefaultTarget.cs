namespace FitnessKit.Subjects.Targets;

/// <summary>Reached by the scenario DefaultValue.</summary>
public struct DefaultTarget
{
    public int Number;
}
