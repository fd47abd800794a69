using System.Collections;

namespace FitnessKit.Model;

/// <summary>
/// The dependencies a view kept of one type's, with the view and the generic calls it kept: what a check holds of every
/// type of the contexts' assemblies from decoding to the end of its rules. Each is stored without its source, which is
/// the type itself, and without the token of the type its code is in, which is that type's for all of them: 24 bytes
/// instead of a <see cref="TypeDependency"/>'s 48 (at synthetic-1000x175, 657,000 of them). Read, each is a whole
/// <see cref="TypeDependency"/> again.
/// </summary>
/// <remarks>
/// A read-only <see cref="IList{T}"/>, as the array it replaces was, so that LINQ counts, copies and indexes it
/// without enumerating.
/// </remarks>
internal sealed class KeptDependencies : IReadOnlyList<TypeDependency>, IList<TypeDependency>
{
    private readonly TypeName _source;
    private readonly Kept[] _kept;

    // The token of the type whose code every anchor is in; when the anchors do not pack so (another type's token, a
    // method token of another table), every anchor whole instead.
    private readonly int _typeToken;
    private readonly CodeAnchor[]? _anchors;

    // The source of the view's list that keeps nothing, which no dependency names.
    private static readonly TypeName NoSource = new(string.Empty, string.Empty, string.Empty);

    /// <summary>
    /// What a view keeps of a type's dependencies and generic calls: packed, or, when it keeps none and no call, the
    /// one empty list the view hands every such type (most types of a large code base: 157,000 of 228,000 on 3,000
    /// assemblies, 56 bytes each).
    /// </summary>
    /// <exception cref="ArgumentException">A dependency has another source.</exception>
    public static KeptDependencies Of(DependencyView view, TypeName source, ReadOnlySpan<TypeDependency> dependencies, GenericCall[] genericCalls, ForeignCall[]? foreignCalls = null)
    {
        ArgumentNullException.ThrowIfNull(view);
        if (!dependencies.IsEmpty || genericCalls.Length > 0 || foreignCalls is { Length: > 0 })
        {
            return new KeptDependencies(view, source, dependencies, genericCalls, foreignCalls);
        }

        // Two of them: with no calls to other contexts recorded, and with none found where they were looked for.
        var recorded = foreignCalls is not null;
        return view.NothingKept(recorded) ?? view.Remember(new KeptDependencies(view, NoSource, [], [], recorded ? [] : null));
    }

    /// <summary>Packs the dependencies a view kept of a type's; each must have that type for its source.</summary>
    /// <exception cref="ArgumentException">A dependency has another source.</exception>
    public KeptDependencies(DependencyView view, TypeName source, ReadOnlySpan<TypeDependency> dependencies, GenericCall[] genericCalls, ForeignCall[]? foreignCalls = null)
    {
        View = view;
        GenericCalls = genericCalls;
        ForeignCalls = foreignCalls;
        _source = source;
        _kept = dependencies.IsEmpty ? [] : new Kept[dependencies.Length];
        _typeToken = dependencies.IsEmpty ? 0 : dependencies[0].Anchor.TypeToken;
        for (var i = 0; i < dependencies.Length; i++)
        {
            var dependency = dependencies[i];
            if (!ReferenceEquals(dependency.Source, source) && !dependency.Source.Equals(source))
            {
                throw new ArgumentException($"A dependency of {dependency.Source.FullName} cannot be kept as one of {source.FullName}.", nameof(dependencies));
            }

            _kept[i] = new Kept(dependency.Member, dependency.Target, dependency.Anchor, dependency.Kind, dependency.IsPublicSurface);
            if (_anchors is null && (dependency.Anchor.TypeToken != _typeToken || !Kept.Packs(dependency.Anchor)))
            {
                _anchors = new CodeAnchor[dependencies.Length];
                for (var j = 0; j < i; j++)
                {
                    _anchors[j] = dependencies[j].Anchor;
                }
            }

            if (_anchors is not null)
            {
                _anchors[i] = dependency.Anchor;
            }
        }
    }

    /// <summary>Gets the view that kept them.</summary>
    public DependencyView View { get; }

    /// <summary>Gets the generic calls the view kept.</summary>
    public GenericCall[] GenericCalls { get; }

    /// <summary>Gets the calls on types of other contexts recorded as the type was decoded; <see langword="null"/> when none were recorded (kept from lists decoded in full or read from a cache), and the coupling reads the IL.</summary>
    public ForeignCall[]? ForeignCalls { get; }

    /// <inheritdoc />
    public int Count => _kept.Length;

    /// <inheritdoc />
    public bool IsReadOnly => true;

    /// <inheritdoc cref="IReadOnlyList{T}.this" />
    public TypeDependency this[int index] => _kept[index].Of(_source, _anchors?[index] ?? _kept[index].Anchor(_typeToken));

    TypeDependency IList<TypeDependency>.this[int index]
    {
        get => this[index];
        set => throw ReadOnly();
    }

    /// <inheritdoc />
    public int IndexOf(TypeDependency item)
    {
        for (var i = 0; i < _kept.Length; i++)
        {
            if (this[i].Equals(item))
            {
                return i;
            }
        }

        return -1;
    }

    /// <inheritdoc />
    public bool Contains(TypeDependency item) => IndexOf(item) >= 0;

    /// <inheritdoc />
    public void CopyTo(TypeDependency[] array, int arrayIndex)
    {
        ArgumentNullException.ThrowIfNull(array);
        ArgumentOutOfRangeException.ThrowIfNegative(arrayIndex);
        if (array.Length - arrayIndex < _kept.Length)
        {
            throw new ArgumentException("The array is too short for the dependencies from that index.", nameof(array));
        }

        for (var i = 0; i < _kept.Length; i++)
        {
            array[arrayIndex + i] = this[i];
        }
    }

    void ICollection<TypeDependency>.Add(TypeDependency item) => throw ReadOnly();

    void ICollection<TypeDependency>.Clear() => throw ReadOnly();

    bool ICollection<TypeDependency>.Remove(TypeDependency item) => throw ReadOnly();

    void IList<TypeDependency>.Insert(int index, TypeDependency item) => throw ReadOnly();

    void IList<TypeDependency>.RemoveAt(int index) => throw ReadOnly();

    /// <inheritdoc />
    public IEnumerator<TypeDependency> GetEnumerator() =>
        _kept.Length == 0 ? ((IEnumerable<TypeDependency>)Array.Empty<TypeDependency>()).GetEnumerator() : new Reader(this);

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private static NotSupportedException ReadOnly() => new("The dependencies a check kept cannot be changed.");

    /// <summary>
    /// Reads the kept dependencies in order, making each when it is read: it holds no copy of the current one, so that
    /// it costs what an array's enumerator costs (the rules enumerate every type's kept dependencies, several times).
    /// </summary>
    private sealed class Reader(KeptDependencies kept) : IEnumerator<TypeDependency>
    {
        private int _index = -1;

        public TypeDependency Current => kept[_index];

        object IEnumerator.Current => Current;

        public bool MoveNext() => ++_index < kept._kept.Length;

        public void Reset() => _index = -1;

        public void Dispose()
        {
        }
    }

    /// <summary>
    /// One kept dependency without its source: two references and two numbers, the first of which holds the row of the
    /// method the anchor is in (a method token's lower 24 bits), the kind, the flag, and whether there is a method.
    /// </summary>
    private readonly struct Kept
    {
        private const int RowBits = 0x00FF_FFFF;
        private const int MethodTable = 0x0600_0000;
        private const int KindShift = 24;
        private const int KindBits = 0x3F;
        private const int PublicSurfaceBit = 1 << 30;
        private const int MethodBit = 1 << 31;

        private readonly string? _member;
        private readonly TypeName _target;
        private readonly int _packed;
        private readonly int _ilOffset;

        public Kept(string? member, TypeName target, CodeAnchor anchor, DependencyKind kind, bool isPublicSurface)
        {
            // Six bits hold every kind there is; a kind added past them fails here, in every test that decodes it.
            ArgumentOutOfRangeException.ThrowIfGreaterThan((int)kind, KindBits, nameof(kind));
            _member = member;
            _target = target;
            _ilOffset = anchor.ILOffset;
            _packed = (anchor.MethodToken & RowBits) | (((int)kind & KindBits) << KindShift) | (isPublicSurface ? PublicSurfaceBit : 0)
                | (anchor.MethodToken != 0 ? MethodBit : 0);
        }

        /// <summary>Whether an anchor's method token is none or a method definition's, which the row and a bit say again.</summary>
        public static bool Packs(CodeAnchor anchor) => anchor.MethodToken == 0 || (anchor.MethodToken & ~RowBits) == MethodTable;

        public CodeAnchor Anchor(int typeToken) => new((_packed & MethodBit) != 0 ? MethodTable | (_packed & RowBits) : 0, _ilOffset, typeToken);

        public TypeDependency Of(TypeName source, CodeAnchor anchor) =>
            new(source, _member, (DependencyKind)((_packed >> KindShift) & KindBits), _target, (_packed & PublicSurfaceBit) != 0, anchor);
    }
}
