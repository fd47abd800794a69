namespace FitnessKit.Subjects.Targets;

/// <summary>Reached by the scenario BaseTypeArgument.</summary>
public class BaseArgumentTarget
{
}
