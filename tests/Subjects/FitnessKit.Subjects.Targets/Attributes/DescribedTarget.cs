namespace FitnessKit.Subjects.Targets;

/// <summary>Reached by the scenario AttributeTypeOfArgument, as typeof(DescribedTarget).</summary>
public class DescribedTarget
{
}
