namespace FitnessKit.Subjects.Targets;

/// <summary>Reached by the scenario PropertyType.</summary>
public class PropertyTarget
{
}
