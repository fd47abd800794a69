using FitnessKit.Subjects.Targets;

namespace FitnessKit.Subjects.DependencyKinds.AsyncIterator;

/// <summary>Yields, after an await, the result of a call of the target: the call lives in the async iterator's MoveNext.</summary>
public class Dependent
{
    public async IAsyncEnumerable<int> Run()
    {
        await Task.Yield();
        yield return AsyncIteratorTarget.Compute();
    }
}

/// <summary>Yields, after an await, the result of a call of a BCL method.</summary>
public class Independent
{
    public async IAsyncEnumerable<int> Run()
    {
        await Task.Yield();
        yield return Math.Abs(-1);
    }
}
