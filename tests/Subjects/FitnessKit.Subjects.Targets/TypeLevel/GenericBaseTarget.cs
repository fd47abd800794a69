namespace FitnessKit.Subjects.Targets;

/// <summary>Reached by the scenario GenericBaseType.</summary>
public class GenericBaseTarget<T>
{
}
