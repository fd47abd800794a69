using System.Collections.Concurrent;
using FitnessKit.Model;

namespace FitnessKit.Loading;

/// <summary>Interns type names so that every reader hands out one instance per type and comparisons are cheap.</summary>
internal sealed class TypeNameTable
{
    // Sized for a few hundred assemblies, with many locks: every loading thread interns the names of its assembly at
    // once, and growing the table, which takes every lock, stalls them all. Keyed by the name itself (equal by
    // assembly, namespace and name): a table of reference types runs precompiled code from the first call.
    private ConcurrentDictionary<TypeName, TypeName> _names = NewTable();

    public TypeName Get(string assembly, string @namespace, string name)
    {
        var candidate = new TypeName(assembly, @namespace, name);
        return _names.GetOrAdd(candidate, candidate);
    }

    /// <summary>
    /// Lets go of every name interned so far: those still in use are held by what uses them, and names read later are
    /// interned anew, in a table as large as the first (emptied in place, a table would start again from a few buckets
    /// and stall its readers each time it grows).
    /// </summary>
    public void Forget() => Volatile.Write(ref _names, NewTable());

    private static ConcurrentDictionary<TypeName, TypeName> NewTable() => new(concurrencyLevel: 16 * Environment.ProcessorCount, capacity: 1 << 16);
}
