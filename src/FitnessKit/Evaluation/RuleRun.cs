using System.Runtime.ExceptionServices;
using FitnessKit.Rules;

namespace FitnessKit.Evaluation;

/// <summary>
/// Evaluates the rules of one check side by side, on as many threads as the code base was loaded with. The rules share
/// what several of them read (the persistence types, the tables, the dependencies between contexts): the first rule
/// that asks builds it and the others wait for it. Each rule's violations go to a slot of its own, so the answer is the
/// one that evaluating the rules in turn gives; when rules fail, the failure of the first of them in the rules' order is
/// thrown, as it would be in turn.
/// </summary>
internal static class RuleRun
{
    /// <summary>The violations of each rule, in the order of <paramref name="rules"/>.</summary>
    /// <param name="rules">The rules to evaluate.</param>
    /// <param name="context">What they evaluate against.</param>
    /// <param name="parallelism">How many rules may run at once; one runs them in turn (and so does a test that turned the shortcuts off).</param>
    public static IReadOnlyList<Violation>[] Evaluate(IReadOnlyList<IFitnessRule> rules, RuleContext context, int parallelism)
    {
        var violations = new IReadOnlyList<Violation>[rules.Count];
        var failures = new ExceptionDispatchInfo?[rules.Count];
        var next = -1;

        // A thread takes the next rule in order until none is left or one has failed.
        void TakeRules()
        {
            for (var i = Interlocked.Increment(ref next); i < rules.Count; i = Interlocked.Increment(ref next))
            {
                try
                {
                    violations[i] = [.. rules[i].Evaluate(context)];
                }
                catch (Exception exception)
                {
                    failures[i] = ExceptionDispatchInfo.Capture(exception);
                    // No rule starts after a failure; those before it in order have all started, so the first failure in
                    // order is among those caught.
                    Interlocked.Exchange(ref next, rules.Count);
                }
            }
        }

        var threads = Shortcuts.Taken ? Math.Clamp(parallelism, 1, Math.Max(1, rules.Count)) : 1;
        if (threads == 1)
        {
            TakeRules();
        }
        else
        {
            Parallel.For(0, threads, new ParallelOptions { MaxDegreeOfParallelism = threads }, _ => TakeRules());
        }

        if (failures.FirstOrDefault(f => f is not null) is { } failure)
        {
            failure.Throw();
        }

        return violations;
    }
}
