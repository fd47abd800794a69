using FitnessKit.Subjects.Targets;

namespace FitnessKit.Subjects.DependencyKinds.StaticConstructor;

/// <summary>Calls the target in its static constructor.</summary>
public class Dependent
{
    static Dependent()
    {
        StaticConstructorTarget.Touch();
    }
}

/// <summary>Calls a BCL method in its static constructor.</summary>
public class Independent
{
    static Independent()
    {
        GC.KeepAlive(typeof(Independent));
    }
}
