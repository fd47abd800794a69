namespace FitnessKit.Subjects.Targets;

/// <summary>Reached by the scenario TypeCast.</summary>
public class CastTarget
{
}
