namespace FitnessKit.Subjects.Targets;

/// <summary>Reached by the scenario CatchClause.</summary>
public class CatchTarget : Exception
{
}
