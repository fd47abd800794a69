using FitnessKit.Subjects.Targets;

namespace FitnessKit.Subjects.DependencyKinds.Constructor;

/// <summary>Calls the target in its instance constructor.</summary>
public class Dependent
{
    public Dependent()
    {
        ConstructorTarget.Touch();
    }
}

/// <summary>Calls a BCL method in its instance constructor.</summary>
public class Independent
{
    public Independent()
    {
        GC.KeepAlive(this);
    }
}
