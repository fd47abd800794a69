using FitnessKit.Subjects.Targets;

namespace FitnessKit.Subjects.DependencyKinds.MethodPointer;

/// <summary>Makes a delegate of a static method of the target (ldftn, then newobj of <see cref="Func{TResult}"/>).</summary>
public class Dependent
{
    public Func<int> Run() => MethodPointerTarget.Compute;
}

/// <summary>Makes a delegate of a static method of its own namespace.</summary>
public class Independent
{
    public Func<int> Run() => LocalMethods.Compute;
}

public static class LocalMethods
{
    public static int Compute() => 1;
}
