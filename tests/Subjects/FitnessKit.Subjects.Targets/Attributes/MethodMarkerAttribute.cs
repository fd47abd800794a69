namespace FitnessKit.Subjects.Targets;

/// <summary>Reached by the scenario AttributeOnMethod.</summary>
public sealed class MethodMarkerAttribute : Attribute
{
}
