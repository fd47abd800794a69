namespace FitnessKit.Subjects.Targets;

/// <summary>Reached by the scenario ReturnType.</summary>
public class ReturnTarget
{
}
