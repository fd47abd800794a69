namespace FitnessKit.Subjects.Targets;

/// <summary>Reached by the scenario FieldType.</summary>
public class FieldTarget
{
}
