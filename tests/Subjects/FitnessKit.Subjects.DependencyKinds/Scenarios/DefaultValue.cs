using FitnessKit.Subjects.Targets;

namespace FitnessKit.Subjects.DependencyKinds.DefaultValue;

/// <summary>Assigns <see langword="default"/> of the target struct to an <c>out</c> parameter (initobj).</summary>
public class Dependent
{
    public void Run(out DefaultTarget value)
    {
        value = default;
    }
}

/// <summary>Assigns <see langword="default"/> of a BCL struct that is not a primitive (initobj too).</summary>
public class Independent
{
    public void Run(out DateTimeOffset value)
    {
        value = default;
    }
}
