namespace FitnessKit.Subjects.Targets;

/// <summary>Reached by the scenario GenericConstraintOnClass.</summary>
public interface IConstraintTarget
{
}
