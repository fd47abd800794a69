namespace FitnessKit.Subjects.Targets;

/// <summary>Reached by the scenario AttributeOnField.</summary>
public sealed class FieldMarkerAttribute : Attribute
{
}
