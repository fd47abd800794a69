using FitnessKit.Subjects.Targets;

namespace FitnessKit.Subjects.DependencyKinds.ImplementedInterface;

/// <summary>Implements the target interface.</summary>
public class Dependent : IInterfaceTarget
{
}

/// <summary>Implements an interface of its own namespace.</summary>
public class Independent : ILocal
{
}

public interface ILocal
{
}
