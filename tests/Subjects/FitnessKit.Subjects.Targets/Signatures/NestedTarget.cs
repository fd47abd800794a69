namespace FitnessKit.Subjects.Targets;

/// <summary>Reached by the scenario NestedType.</summary>
public class NestedTarget
{
}
