namespace FitnessKit.Subjects.Targets;

/// <summary>Reached by the scenario ObjectCreation.</summary>
public class CreatedTarget
{
}
