namespace FitnessKit.Subjects.Targets;

/// <summary>Reached by the scenario BaseType.</summary>
public class BaseTarget
{
}
