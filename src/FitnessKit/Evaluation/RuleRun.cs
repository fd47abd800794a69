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
        var threads = Shortcuts.Taken ? Math.Clamp(parallelism, 1, Math.Max(1, rules.Count)) : 1;
        var starts = StartOrder(rules, threads);
        var next = -1;
        var firstFailed = rules.Count;

        // A thread takes the next rule to start until none is left. Once a rule has failed, no rule after it in the
        // rules' order starts: those before it still run, and the first failure in order is among those caught.
        void TakeRules()
        {
            for (var taken = Interlocked.Increment(ref next); taken < starts.Length; taken = Interlocked.Increment(ref next))
            {
                var i = starts[taken];
                if (i > Volatile.Read(ref firstFailed))
                {
                    continue;
                }

                try
                {
                    violations[i] = [.. rules[i].Evaluate(context)];
                }
                catch (Exception exception)
                {
                    failures[i] = ExceptionDispatchInfo.Capture(exception);
                    for (var seen = Volatile.Read(ref firstFailed); i < seen; seen = Volatile.Read(ref firstFailed))
                    {
                        Interlocked.CompareExchange(ref firstFailed, i, seen);
                    }
                }
            }
        }

        if (threads == 1)
        {
            TakeRules();
        }
        else
        {
            SideBySide.For(threads, threads, _ => TakeRules());
        }

        if (failures.FirstOrDefault(f => f is not null) is { } failure)
        {
            failure.Throw();
        }

        return violations;
    }

    /// <summary>
    /// The order the rules start in: on one thread the rules' own; side by side, the first rule that reads the
    /// dependencies between contexts (<see cref="IReadsContextDependencies"/>) first, as it builds them, then the rules
    /// that do not read them, then the other rules that do, which would only wait for them if they started sooner.
    /// Each group keeps the rules' order.
    /// </summary>
    internal static int[] StartOrder(IReadOnlyList<IFitnessRule> rules, int threads)
    {
        // Loops over indexes, not LINQ over them: an iterator of ints is generic code compiled at every start.
        var order = new int[rules.Count];
        var builder = -1;
        for (var i = 0; i < rules.Count; i++)
        {
            order[i] = i;
            if (builder < 0 && rules[i] is IReadsContextDependencies)
            {
                builder = i;
            }
        }

        if (threads == 1 || builder < 0)
        {
            return order;
        }

        var starts = new List<int>(rules.Count) { builder };
        for (var i = 0; i < rules.Count; i++)
        {
            if (rules[i] is not IReadsContextDependencies)
            {
                starts.Add(i);
            }
        }

        for (var i = 0; i < rules.Count; i++)
        {
            if (i != builder && rules[i] is IReadsContextDependencies)
            {
                starts.Add(i);
            }
        }

        return [.. starts];
    }
}
