namespace FitnessKit.Subjects.Targets;

/// <summary>Reached by the scenario GenericConstraintOnMethod.</summary>
public interface IMethodConstraintTarget
{
}
