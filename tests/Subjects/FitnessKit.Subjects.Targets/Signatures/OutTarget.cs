namespace FitnessKit.Subjects.Targets;

/// <summary>Reached by the scenario ByRefParameters (out).</summary>
public class OutTarget
{
}
