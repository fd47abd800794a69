namespace FitnessKit.Subjects.Targets;

/// <summary>Reached by the scenario ByRefParameters (ref).</summary>
public class RefTarget
{
}
