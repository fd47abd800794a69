using FitnessKit.Subjects.Targets;

namespace FitnessKit.Subjects.DependencyKinds.AsyncMethod;

/// <summary>Calls the target after an await: the call lives in the state machine's MoveNext.</summary>
public class Dependent
{
    public async Task<int> Run()
    {
        await Task.Yield();
        return AsyncTarget.Compute();
    }
}

/// <summary>Calls a BCL method after an await.</summary>
public class Independent
{
    public async Task<int> Run()
    {
        await Task.Yield();
        return Math.Abs(-1);
    }
}
