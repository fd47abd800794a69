namespace FitnessKit.Subjects.Targets;

/// <summary>Reached by the scenario IndexerParameter.</summary>
public class IndexerTarget
{
}
