namespace FitnessKit.Subjects.Targets;

/// <summary>Reached by the scenario AttributeOnReturnValue.</summary>
public sealed class ReturnMarkerAttribute : Attribute
{
}
