namespace FitnessKit.Subjects.Targets;

/// <summary>Reached by the scenario ExceptionFilter.</summary>
public class FilterTarget : Exception
{
}
