namespace FitnessKit.Subjects.Targets;

/// <summary>Reached by the scenario AttributeOnType.</summary>
public sealed class TypeMarkerAttribute : Attribute
{
}
