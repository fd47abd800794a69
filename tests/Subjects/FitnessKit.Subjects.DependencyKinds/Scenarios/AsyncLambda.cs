using FitnessKit.Subjects.Targets;

namespace FitnessKit.Subjects.DependencyKinds.AsyncLambda;

/// <summary>Returns an async lambda that calls the target after an await: the call lives in the lambda's state machine.</summary>
public class Dependent
{
    public Func<Task<int>> Run() => async () =>
    {
        await Task.Yield();
        return AsyncLambdaTarget.Compute();
    };
}

/// <summary>Returns an async lambda that calls a BCL method after an await.</summary>
public class Independent
{
    public Func<Task<int>> Run() => async () =>
    {
        await Task.Yield();
        return Math.Abs(-1);
    };
}
