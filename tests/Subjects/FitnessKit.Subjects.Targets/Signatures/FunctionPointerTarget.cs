namespace FitnessKit.Subjects.Targets;

/// <summary>Reached by the scenario FunctionPointerField.</summary>
public class FunctionPointerTarget
{
}
