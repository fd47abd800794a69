using FitnessKit.Subjects.Targets;

namespace FitnessKit.Subjects.DependencyKinds.PrimaryConstructor;

/// <summary>Captures a primary constructor parameter: the compiler stores it in a hidden field named &lt;target&gt;P.</summary>
public class Dependent(PrimaryConstructorTarget target)
{
    public int Run() => target.Value;
}

/// <summary>Captures a primary constructor parameter of a BCL type.</summary>
public class Independent(Uri address)
{
    public int Run() => address.Port;
}
