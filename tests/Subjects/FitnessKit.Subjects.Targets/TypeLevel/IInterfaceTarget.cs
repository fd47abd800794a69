namespace FitnessKit.Subjects.Targets;

/// <summary>Reached by the scenario ImplementedInterface.</summary>
public interface IInterfaceTarget
{
}
