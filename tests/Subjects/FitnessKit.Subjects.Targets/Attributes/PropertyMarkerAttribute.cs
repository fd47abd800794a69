namespace FitnessKit.Subjects.Targets;

/// <summary>Reached by the scenario AttributeOnProperty.</summary>
public sealed class PropertyMarkerAttribute : Attribute
{
}
