namespace FitnessKit.Model;

/// <summary>
/// How one check reads the types' dependencies. A check over many assemblies keeps, of each type it decodes, only the
/// dependencies its rules read (those that cross an assembly or a context, the public surface, property types, data
/// access), and lets the rest go as each assembly is decoded, so that memory follows what the rules need rather than
/// the size of the code. The rules, the persistence catalog, the tables and the context dependencies read through the
/// check's view; a type that the view kept nothing for answers with its full list, which is read again if it was let go.
/// </summary>
internal sealed class DependencyView
{
    // What the view hands every type it keeps nothing of: with calls to other contexts not recorded, and recorded, none.
    private KeptDependencies? _nothingKept;
    private KeptDependencies? _nothingKeptNoCalls;

    /// <summary>Gets the view that reads every dependency.</summary>
    public static DependencyView All { get; } = new();

    /// <summary>The dependencies of a type that this view reads: what it kept, or all of them.</summary>
    public IReadOnlyList<TypeDependency> Of(InspectedType type) => type.KeptFor(this) ?? type.Dependencies;

    /// <summary>The list this view hands every type it keeps nothing of (<see cref="KeptDependencies.Of"/>), once one was made: with calls to other contexts recorded (none found), or not.</summary>
    public KeptDependencies? NothingKept(bool callsRecorded) => Volatile.Read(ref callsRecorded ? ref _nothingKeptNoCalls : ref _nothingKept);

    /// <summary>Takes <paramref name="empty"/> as the view's list for types it keeps nothing of, unless another thread gave one first.</summary>
    public KeptDependencies Remember(KeptDependencies empty) =>
        Interlocked.CompareExchange(ref empty.ForeignCalls is null ? ref _nothingKept : ref _nothingKeptNoCalls, empty, null) ?? empty;

    /// <summary>The generic calls of a type that this view reads: what it kept, or all of them.</summary>
    public IReadOnlyList<GenericCall> CallsOf(InspectedType type) => type.KeptCallsFor(this) ?? type.GenericCalls;

    /// <summary>The calls on other contexts' types this view recorded of a type as it was decoded; <see langword="null"/> when it recorded none (the IL must be read for them).</summary>
    public IReadOnlyList<ForeignCall>? ForeignCallsOf(InspectedType type) => type.ForeignCallsFor(this);
}
