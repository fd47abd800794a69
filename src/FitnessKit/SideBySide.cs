namespace FitnessKit;

/// <summary>
/// Runs the steps of a loop on several threads at once: the calling thread and threads of the pool, each taking the
/// next step until none is left, with the caller's execution context (a test's <see cref="Shortcuts"/>, the inputs a
/// check logs). It does what <c>Parallel.For</c> did here without its first call's cost: starting
/// <c>System.Threading.Tasks.Parallel</c> took about 15 ms of every process (its event source, made by reflection, and
/// its code), a tenth of a warm question's time. After a step fails, no other starts; the caller gets every failure in
/// an <see cref="AggregateException"/> once the steps that had started are done. The caller takes steps too, so a loop
/// inside a step of another finishes even when no thread of the pool is free.
/// </summary>
internal static class SideBySide
{
    /// <summary>Runs <paramref name="step"/> for each index from 0 to <paramref name="count"/> - 1, on at most <paramref name="threads"/> threads.</summary>
    /// <exception cref="AggregateException">A step failed; it holds every failure.</exception>
    public static void For(int count, int threads, Action<int> step)
    {
        if (count <= 0)
        {
            return;
        }

        var loop = new Loop(count, step);
        for (var helper = 1; helper < Math.Min(threads, count); helper++)
        {
            ThreadPool.QueueUserWorkItem(static loop => loop.TakeSteps(), loop, preferLocal: false);
        }

        loop.TakeSteps();
        loop.Finish();
    }

    /// <summary>Runs <paramref name="action"/> for each item, on at most <paramref name="threads"/> threads.</summary>
    /// <exception cref="AggregateException">An action failed; it holds every failure.</exception>
    public static void ForEach<T>(IReadOnlyList<T> items, int threads, Action<T> action)
        where T : class =>
        For(items.Count, threads, i => action(items[i]));

    private sealed class Loop(int count, Action<int> step)
    {
        private readonly object _gate = new();
        private readonly int _count = count;
        private int _next = -1;
        private int _unfinished = count;
        private List<Exception>? _failures;

        public void TakeSteps()
        {
            for (var i = Interlocked.Increment(ref _next); i < _count; i = Interlocked.Increment(ref _next))
            {
                if (Volatile.Read(ref _failures) is null)
                {
                    try
                    {
                        step(i);
                    }
                    catch (Exception exception)
                    {
                        lock (_gate)
                        {
                            (_failures ??= []).Add(exception);
                        }
                    }
                }

                if (Interlocked.Decrement(ref _unfinished) == 0)
                {
                    lock (_gate)
                    {
                        Monitor.PulseAll(_gate);
                    }
                }
            }
        }

        /// <summary>Waits for every step taken to finish, then throws what failed.</summary>
        public void Finish()
        {
            lock (_gate)
            {
                while (Volatile.Read(ref _unfinished) > 0)
                {
                    Monitor.Wait(_gate);
                }

                if (_failures is { } failures)
                {
                    throw new AggregateException(failures);
                }
            }
        }
    }
}
