using FitnessKit.Subjects.Targets;

namespace FitnessKit.Subjects.DependencyKinds.GenericBaseType;

/// <summary>Derives from a closed instance of the generic target.</summary>
public class Dependent : GenericBaseTarget<string>
{
}

/// <summary>Derives from a closed instance of a generic base class of its own namespace.</summary>
public class Independent : LocalBase<string>
{
}

public class LocalBase<T>
{
}
