namespace FitnessKit.Subjects.Targets;

/// <summary>Reached by the scenario AttributeEnumArgument, as ModeTarget.Fast.</summary>
public enum ModeTarget
{
    Slow,
    Fast,
}
