using FitnessKit.Subjects.Targets;

namespace FitnessKit.Subjects.DependencyKinds.Iterator;

/// <summary>Yields the result of a call of the target: the call lives in the iterator's MoveNext.</summary>
public class Dependent
{
    public IEnumerable<int> Run()
    {
        yield return IteratorTarget.Compute();
    }
}

/// <summary>Yields the result of a call of a BCL method.</summary>
public class Independent
{
    public IEnumerable<int> Run()
    {
        yield return Math.Abs(-1);
    }
}
