namespace FitnessKit.Subjects.Targets;

/// <summary>Reached by the scenario TypeCheck.</summary>
public class TypeCheckTarget
{
}
