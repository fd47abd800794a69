namespace FitnessKit.Subjects.Targets;

/// <summary>Reached by the scenario PrimaryConstructor.</summary>
public class PrimaryConstructorTarget
{
    public int Value { get; set; }
}
