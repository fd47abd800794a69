using FitnessKit.Subjects.Targets;

namespace FitnessKit.Subjects.DependencyKinds.BaseType;

/// <summary>Derives from the target; its constructor calls the target's constructor.</summary>
public class Dependent : BaseTarget
{
}

/// <summary>Derives from a base class of its own namespace.</summary>
public class Independent : LocalBase
{
}

public class LocalBase
{
}
