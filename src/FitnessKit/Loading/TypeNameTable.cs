using FitnessKit.Model;

namespace FitnessKit.Loading;

/// <summary>Interns type names so that every reader hands out one instance per type and comparisons are cheap.</summary>
internal sealed class TypeNameTable
{
    // The names every thread shares, sized for a few hundred assemblies: it grows by doubling, which stalls the threads
    // that add names meanwhile.
    private SharedNames? _names;

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
            return Volatile.Read(ref _names)!.GetOrAdd(made);
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
            return Volatile.Read(ref _names)!.Find(candidate);
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

    private static SharedNames NewTable() => new(capacity: 1 << 15);
}
