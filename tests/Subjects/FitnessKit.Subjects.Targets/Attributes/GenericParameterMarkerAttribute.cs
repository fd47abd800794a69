namespace FitnessKit.Subjects.Targets;

/// <summary>Reached by the scenario AttributeOnGenericParameter.</summary>
public sealed class GenericParameterMarkerAttribute : Attribute
{
}
