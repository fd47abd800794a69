namespace FitnessKit.Subjects.Targets;

/// <summary>Reached by the scenario GenericArgumentAtDepth.</summary>
public class DepthTarget
{
}
