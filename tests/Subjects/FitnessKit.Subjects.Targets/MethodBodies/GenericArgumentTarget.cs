namespace FitnessKit.Subjects.Targets;

/// <summary>Reached by the scenario GenericArgument.</summary>
public class GenericArgumentTarget
{
}
