namespace FitnessKit.Model;

/// <summary>
/// One type depending on another: who (the source type and the member that holds the dependency), how
/// (the <see cref="DependencyKind"/>) and on what (the target type). Compiler-generated code is attributed to the
/// type and member the user wrote.
/// </summary>
public readonly struct TypeDependency : IEquatable<TypeDependency>
{
    internal TypeDependency(TypeName source, string? member, DependencyKind kind, TypeName target, bool isPublicSurface, CodeAnchor anchor)
    {
        Source = source;
        Member = member;
        Kind = kind;
        Target = target;
        IsPublicSurface = isPublicSurface;
        Anchor = anchor;
    }

    /// <summary>Gets the type that holds the dependency.</summary>
    public TypeName Source { get; }

    /// <summary>Gets the member that holds the dependency (a method, field, property or event name; <c>.ctor</c> for a constructor), or <see langword="null"/> for a type-level dependency such as a base type.</summary>
    public string? Member { get; }

    /// <summary>Gets where in the code the dependency occurs.</summary>
    public DependencyKind Kind { get; }

    /// <summary>Gets the type depended upon.</summary>
    public TypeName Target { get; }

    /// <summary>Gets a value indicating whether the dependency is part of the source assembly's public surface: a base type, interface or signature of a member that other assemblies can see.</summary>
    public bool IsPublicSurface { get; }

    internal CodeAnchor Anchor { get; }

    /// <inheritdoc />
    public bool Equals(TypeDependency other) =>
        Kind == other.Kind && Source.Equals(other.Source) && Target.Equals(other.Target)
        && string.Equals(Member, other.Member, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is TypeDependency other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Source, Target, Kind, Member);

    /// <summary>Compares two dependencies by source, member, kind and target.</summary>
    /// <param name="left">The first dependency.</param>
    /// <param name="right">The second dependency.</param>
    /// <returns><see langword="true"/> when both describe the same dependency.</returns>
    public static bool operator ==(TypeDependency left, TypeDependency right) => left.Equals(right);

    /// <summary>Compares two dependencies by source, member, kind and target.</summary>
    /// <param name="left">The first dependency.</param>
    /// <param name="right">The second dependency.</param>
    /// <returns><see langword="true"/> when they describe different dependencies.</returns>
    public static bool operator !=(TypeDependency left, TypeDependency right) => !left.Equals(right);

    /// <inheritdoc />
    public override string ToString() =>
        $"{Source.FullName}{(Member is null ? string.Empty : "." + Member)} -[{Kind}]-> {Target.FullName}";
}

/// <summary>Where a dependency was found, precise enough to ask the PDB for a line later: a method and an IL offset, or a type.</summary>
internal readonly record struct CodeAnchor(int MethodToken, int ILOffset, int TypeToken)
{
    public static CodeAnchor ForType(int typeToken) => new(0, -1, typeToken);

    public static CodeAnchor ForMethod(int typeToken, int methodToken, int ilOffset) => new(methodToken, ilOffset, typeToken);
}
