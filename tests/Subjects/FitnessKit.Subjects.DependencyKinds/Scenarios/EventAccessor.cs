using FitnessKit.Subjects.Targets;

namespace FitnessKit.Subjects.DependencyKinds.EventAccessor;

/// <summary>Calls the target in the accessors of <see cref="Changed"/>: attributed to the event, not to add_Changed.</summary>
public class Dependent
{
    public event Action? Changed
    {
        add => EventAccessorTarget.Touch();
        remove => EventAccessorTarget.Touch();
    }
}

/// <summary>Calls a BCL method in the accessors of an event.</summary>
public class Independent
{
    public event Action? Changed
    {
        add => GC.KeepAlive(value);
        remove => GC.KeepAlive(value);
    }
}
