namespace FitnessKit.Subjects.Targets;

/// <summary>Reached by the scenario ByRefParameters (in).</summary>
public class InTarget
{
}
