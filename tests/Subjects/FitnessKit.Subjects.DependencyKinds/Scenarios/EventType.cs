using FitnessKit.Subjects.Targets;

namespace FitnessKit.Subjects.DependencyKinds.EventType;

/// <summary>Has an event whose delegate type takes the target; its accessors are explicit and empty, so no backing field.</summary>
public class Dependent
{
    public event Action<EventTarget>? Changed
    {
        add { }
        remove { }
    }
}

/// <summary>Has an event of the same shape whose delegate type takes a BCL type.</summary>
public class Independent
{
    public event Action<string>? Changed
    {
        add { }
        remove { }
    }
}
