using System.Collections.Concurrent;
using FitnessKit.Model;

namespace FitnessKit.Loading;

/// <summary>Interns type names so that every reader hands out one instance per type and comparisons are cheap.</summary>
internal sealed class TypeNameTable
{
    // Sized for a few hundred assemblies, with many locks: every loading thread interns the names of its assembly at
    // once, and growing the table, which takes every lock, stalls them all. Keyed by the name itself (equal by
    // assembly, namespace and name): a table of reference types runs precompiled code from the first call.
    private ConcurrentDictionary<TypeName, TypeName>? _names;

    // A table of one thread's (ForDecoding, ForOneThread): the names its parent does not know, kept to itself.
    private readonly TypeNameTable? _parent;
    private readonly Dictionary<TypeName, TypeName>? _own;

    // Each thread's name to look up by: a name is made only when the table does not have it yet.
    [ThreadStatic]
    private static TypeName? _probe;

    /// <summary>Makes the table that the threads loading a code base share.</summary>
    public TypeNameTable() => _names = NewTable();

    private TypeNameTable(TypeNameTable? parent)
    {
        _parent = parent;
        _own = new Dictionary<TypeName, TypeName>();
    }

    public TypeName Get(string assembly, string @namespace, string name)
    {
        if (Known((_probe ??= TypeName.Probe()).Aim(assembly, @namespace, name)) is { } known)
        {
            return known;
        }

        var made = new TypeName(assembly, @namespace, name);
        if (_own is null)
        {
            return Volatile.Read(ref _names)!.GetOrAdd(made, made);
        }

        _own.Add(made, made);
        return made;
    }

    /// <summary>A small table for names read on one thread only, with no table above it.</summary>
    public static TypeNameTable ForOneThread() => new(parent: null);

    /// <summary>
    /// A table for decoding one assembly, on one thread at a time: a name this table knows (the types every loaded
    /// assembly defines, and what their headers name) is handed out as it is; a name first met while decoding is
    /// interned in the new table only, and dies with it unless a kept dependency holds it.
    /// </summary>
    /// <remarks>
    /// Decoding a large code base meets millions of names, most of them only to let them go. Interned here, each would
    /// live until the whole decoding is done, be copied from the young generation to the old one by the collector, and
    /// raise the peak by the size of every name of every assembly.
    /// </remarks>
    public TypeNameTable ForDecoding() => new(this);

    private TypeName? Known(TypeName candidate)
    {
        if (_own is null)
        {
            return Volatile.Read(ref _names)!.TryGetValue(candidate, out var shared) ? shared : null;
        }

        return _parent?.Known(candidate) ?? (_own.TryGetValue(candidate, out var own) ? own : null);
    }

    /// <summary>
    /// Lets go of every name interned so far: those still in use are held by what uses them, and names read later are
    /// interned anew, in a table as large as the first (emptied in place, a table would start again from a few buckets
    /// and stall its readers each time it grows).
    /// </summary>
    public void Forget()
    {
        if (_own is null)
        {
            Volatile.Write(ref _names, NewTable());
        }
        else
        {
            _own.Clear();
        }
    }

    private static ConcurrentDictionary<TypeName, TypeName> NewTable() => new(concurrencyLevel: 16 * Environment.ProcessorCount, capacity: 1 << 16);
}
