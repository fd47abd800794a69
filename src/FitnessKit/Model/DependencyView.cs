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
    /// <summary>Gets the view that reads every dependency.</summary>
    public static DependencyView All { get; } = new();

    /// <summary>The dependencies of a type that this view reads: what it kept, or all of them.</summary>
    public IReadOnlyList<TypeDependency> Of(InspectedType type) => type.KeptFor(this) ?? type.Dependencies;

    /// <summary>The generic calls of a type that this view reads: what it kept, or all of them.</summary>
    public IReadOnlyList<GenericCall> CallsOf(InspectedType type) => type.KeptCallsFor(this) ?? type.GenericCalls;

    /// <summary>The calls on other contexts' types this view recorded of a type as it was decoded; <see langword="null"/> when it recorded none (the IL must be read for them).</summary>
    public IReadOnlyList<ForeignCall>? ForeignCallsOf(InspectedType type) => type.ForeignCallsFor(this);
}
