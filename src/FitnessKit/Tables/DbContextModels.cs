using System.Runtime.ExceptionServices;
using FitnessKit.Loading.Il;
using FitnessKit.Model;

namespace FitnessKit.Tables;

/// <summary>
/// Reads the EF Core models of several database contexts, on several threads at once: each thread opens the assemblies
/// it needs for itself (<see cref="DataAssemblySet"/> is not shared between threads) and takes the contexts in the
/// order given, so that what comes out is what one thread reading them in turn finds.
/// </summary>
internal static class DbContextModels
{
    // Each thread opens its own copy of the assemblies that several contexts share (a base DbContext, an outbox
    // library): a few threads take most of the gain without opening them once per core on a large machine.
    private const int MostThreads = 4;

    /// <summary>
    /// The model of each context, in the order given, and the problems met opening assemblies, each once, in the order
    /// one thread would meet them. When reading some contexts fails, the failure of the first of them is thrown.
    /// </summary>
    /// <param name="pathOf">Where the file of an assembly is, by name.</param>
    /// <param name="contexts">The contexts to read.</param>
    /// <param name="dialects">The SQL dialect each context's provider speaks, in the same order (two lists, not one of tuples: a list of a tuple holding an enum is generic code compiled at every start).</param>
    /// <param name="parallelism">How many threads may read at once (at most four do).</param>
    /// <param name="conventions">The naming convention each context's names follow, in the same order, if any follows one.</param>
    /// <param name="stored">The models an earlier check read, taken where they still hold, and kept for the next check.</param>
    public static (IReadOnlyList<ContextTables> Models, IReadOnlyList<string> Problems) Read(Func<string, string?> pathOf, IReadOnlyList<TypeName> contexts, IReadOnlyList<SqlDialectName> dialects, int parallelism, IReadOnlyList<NamingConvention?>? conventions = null, StoredContextModels? stored = null)
    {
        var models = new ContextTables[contexts.Count];
        var problems = new IReadOnlyList<string>[contexts.Count];
        var failures = new ExceptionDispatchInfo?[contexts.Count];
        var next = -1;

        // A thread takes the next context in order, so each thread reads its contexts in ascending order: a problem
        // is then met, by the thread that reads it, at the first context that needs the assembly, as one thread would.
        var threads = Math.Max(1, Math.Min(Math.Min(parallelism, MostThreads), contexts.Count));
        SideBySide.For(threads, threads, _ =>
        {
            using var assemblies = new DataAssemblySet(pathOf);
            var reader = new EfModelReader(assemblies);
            for (var i = Interlocked.Increment(ref next); i < contexts.Count; i = Interlocked.Increment(ref next))
            {
                if (stored?.Find(i, contexts[i], dialects[i], conventions?[i]) is { } found)
                {
                    models[i] = found;
                    problems[i] = [];
                    continue;
                }

                var before = assemblies.Problems.Count;
                try
                {
                    models[i] = reader.Read(contexts[i], dialects[i], conventions?[i]);
                }
                catch (Exception exception)
                {
                    failures[i] = ExceptionDispatchInfo.Capture(exception);
                }

                problems[i] = assemblies.Problems.GetRange(before, assemblies.Problems.Count - before);
                if (failures[i] is null && problems[i].Count == 0)
                {
                    stored?.Read(i, assemblies.Asked);
                }

                // Closed after each context, and opened again by the next that needs them: kept open, the method
                // traces of every assembly a thread has read would live until its last context, and the collector
                // would move them to its old generation on the way (at synthetic-1000x175, reading the tables took
                // 1.6-2.0 s kept open and 1.0 s closed).
                assemblies.Close();
            }
        });

        if (failures.FirstOrDefault(f => f is not null) is { } failure)
        {
            failure.Throw();
        }

        stored?.Write(models, dialects, conventions);

        return (models, [.. problems.SelectMany(p => p).Distinct(StringComparer.Ordinal)]);
    }
}
