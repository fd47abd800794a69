using FitnessKit.Subjects.Targets;

namespace FitnessKit.Subjects.DependencyKinds.GenericInterface;

/// <summary>Implements a closed instance of the generic target interface.</summary>
public class Dependent : IGenericInterfaceTarget<string>
{
}

/// <summary>Implements a closed instance of a generic interface of its own namespace.</summary>
public class Independent : ILocal<string>
{
}

public interface ILocal<T>
{
}
