namespace FitnessKit.Subjects.Targets;

/// <summary>Reached by the scenario GenericInterface.</summary>
public interface IGenericInterfaceTarget<T>
{
}
