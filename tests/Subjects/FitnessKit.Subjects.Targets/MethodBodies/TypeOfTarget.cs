namespace FitnessKit.Subjects.Targets;

/// <summary>Reached by the scenario TypeOf.</summary>
public class TypeOfTarget
{
}
