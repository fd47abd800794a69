namespace FitnessKit.Subjects.Targets;

/// <summary>Reached by the scenario ParameterType.</summary>
public class ParameterTarget
{
}
