namespace FitnessKit.Subjects.Targets;

/// <summary>Reached by the scenario AttributeOnParameter.</summary>
public sealed class ParameterMarkerAttribute : Attribute
{
}
