namespace FitnessKit.Subjects.Targets;

/// <summary>Reached by the scenario ArrayField.</summary>
public class ArrayElementTarget
{
}
