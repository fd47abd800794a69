using FitnessKit.Subjects.Targets;

namespace FitnessKit.Subjects.DependencyKinds.AsyncLocalFunctionInClosure;

/// <summary>
/// Returns a lambda that captures a local and declares an async local function that calls the target: the call lives
/// in the state machine of a local function of a display class.
/// </summary>
public class Dependent
{
    public Func<Task<int>> Run()
    {
        int seed = Environment.ProcessorCount;
        return () =>
        {
            return ComputeAsync();

            async Task<int> ComputeAsync()
            {
                await Task.Yield();
                return seed + AsyncLocalFunctionTarget.Compute();
            }
        };
    }
}

/// <summary>The same shape calling a BCL method.</summary>
public class Independent
{
    public Func<Task<int>> Run()
    {
        int seed = Environment.ProcessorCount;
        return () =>
        {
            return ComputeAsync();

            async Task<int> ComputeAsync()
            {
                await Task.Yield();
                return seed + Math.Abs(-1);
            }
        };
    }
}
