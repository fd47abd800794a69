namespace FitnessKit.Subjects.Targets;

/// <summary>Reached by the scenario EventType.</summary>
public class EventTarget
{
}
