namespace FitnessKit.Subjects.Targets;

/// <summary>Reached by the scenario Unboxing.</summary>
public struct UnboxTarget
{
    public int Number;
}
