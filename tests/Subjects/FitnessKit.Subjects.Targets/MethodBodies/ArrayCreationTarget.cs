namespace FitnessKit.Subjects.Targets;

/// <summary>Reached by the scenario ArrayCreation.</summary>
public class ArrayCreationTarget
{
}
