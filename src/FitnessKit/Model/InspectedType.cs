using System.Runtime.InteropServices;

namespace FitnessKit.Model;

/// <summary>A type defined in an inspected assembly, with everything it depends on. Compiler-generated types are not listed: their dependencies belong to the type the user wrote.</summary>
public sealed class InspectedType
{
    private IReadOnlyList<TypeName>? _attributes;
    private IReadOnlyList<PropertySummary>? _genericProperties;

    // What is held of the type's code, in one reference rather than three (the full dependencies, the generic calls,
    // what a check kept), which every type paid for whichever it held (3.6 MB over 228,000 types): nothing yet; the
    // dependencies decoded in full, as an array, when the type makes no generic call and nothing is kept (most types
    // of a code base decoded whole); what a check kept, once the full lists are let go (every type a check decodes);
    // or, for the rest, a FullCode with the full lists and what was kept.
    private object? _code;

    [ThreadStatic]
    private static List<TypeDependency>? _keptBuffer;

    // The category in a byte beside the three flags and the token: as an enum of four bytes, it took the object to
    // 112 bytes instead of 104 (1.8 MB over 228,000 types, alive for the whole check).
    private readonly byte _category;

    internal InspectedType(TypeName name, int token, TypeShape shape)
    {
        Name = name;
        Token = token;
        _category = (byte)shape.Category;
        IsAbstract = shape.IsAbstract;
        IsVisibleOutsideAssembly = shape.IsVisible;
        IsNested = shape.IsNested;
    }

    /// <summary>Gets the type's name.</summary>
    public TypeName Name { get; }

    /// <summary>Gets the full name, such as <c>Shop.Orders.Order</c>.</summary>
    public string FullName => Name.FullName;

    /// <summary>Gets the assembly that defines the type.</summary>
    public InspectedAssembly Assembly { get; internal set; } = null!;

    /// <summary>Gets what sort of type this is.</summary>
    public TypeCategory Category => (TypeCategory)_category;

    /// <summary>Gets a value indicating whether the type is abstract (interfaces and static classes included).</summary>
    public bool IsAbstract { get; }

    /// <summary>Gets a value indicating whether other assemblies can see the type: public, or nested public or protected in a type they can see.</summary>
    public bool IsVisibleOutsideAssembly { get; }

    /// <summary>Gets a value indicating whether the type is nested in another type.</summary>
    public bool IsNested { get; }

    /// <summary>Gets the base type, or <see langword="null"/> for interfaces and <see cref="object"/>.</summary>
    public TypeUse? BaseType { get; internal set; }

    /// <summary>Gets the interfaces the type declares it implements.</summary>
    public IReadOnlyList<TypeUse> Interfaces { get; internal set; } = [];

    /// <summary>Gets the attribute types applied to the type itself.</summary>
    public IReadOnlyList<TypeName> Attributes
    {
        get => Decoded(ref _attributes);
        internal set => _attributes = value;
    }

    /// <summary>Gets the properties whose type is a generic instance (where EF Core's <c>DbSet&lt;T&gt;</c> properties are found).</summary>
    internal IReadOnlyList<PropertySummary> GenericProperties
    {
        get => Decoded(ref _genericProperties);
        set => _genericProperties = value;
    }

    /// <summary>Gets the types passed to generic methods called by this type's code, with the called method, such as <c>ModelBuilder.Entity&lt;Order&gt;</c>.</summary>
    internal IReadOnlyList<GenericCall> GenericCalls => DecodedCode(static code => code switch
    {
        TypeDependency[] => [],
        FullCode full => full.GenericCalls,
        _ => null,
    });

    /// <summary>Gets every dependency of the type on another type, once per source member, kind and target. Method bodies and signatures are decoded the first time any type of the assembly is asked for them.</summary>
    public IReadOnlyList<TypeDependency> Dependencies => DecodedCode(static code => code switch
    {
        TypeDependency[] dependencies => dependencies,
        FullCode full => full.Dependencies,
        _ => null,
    });

    /// <summary>Holds the type's code decoded in full: its dependencies and generic calls, beside what a check kept of them.</summary>
    internal void HoldDecoded(IReadOnlyList<TypeDependency> dependencies, IReadOnlyList<GenericCall> genericCalls)
    {
        for (var seen = Volatile.Read(ref _code); ; )
        {
            var kept = KeptIn(seen);
            object held = kept is null && genericCalls.Count == 0 && dependencies is TypeDependency[] array ? array : new FullCode(dependencies, genericCalls, kept);
            var found = Interlocked.CompareExchange(ref _code, held, seen);
            if (ReferenceEquals(found, seen))
            {
                return;
            }

            seen = found;
        }
    }

    /// <summary>
    /// Keeps, for one check, only the dependencies it reads, and lets the full list go so that a large code base is not
    /// held in memory whole: asked for again, <see cref="Dependencies"/> is read again by <paramref name="reader"/>.
    /// </summary>
    /// <param name="view">The check's view of the dependencies, which <see cref="DependencyView.Of"/> answers from what is kept.</param>
    /// <param name="keep">Which dependencies the check reads.</param>
    /// <param name="keepCallsTo">Which generic calls the check reads, by the called method's name.</param>
    /// <param name="reader">What reads the type's assembly again when the full list is asked for.</param>
    internal void KeepOnly(DependencyView view, KeepDependency keep, Func<string, bool> keepCallsTo, IAssemblyDecoder reader)
    {
        // One buffer per thread, not a full-size array per type: a check keeps about one dependency in twenty.
        var kept = _keptBuffer ??= new List<TypeDependency>();
        kept.Clear();
        // By index: enumerated through its interface, the list made an enumerator for every type.
        var dependencies = Dependencies;
        for (var i = 0; i < dependencies.Count; i++)
        {
            var dependency = dependencies[i];
            if (keep(dependency.Target, dependency.Kind, dependency.IsPublicSurface))
            {
                kept.Add(dependency);
            }
        }

        Keep(view, CollectionsMarshal.AsSpan(kept), GenericCalls.Count == 0 ? [] : [.. GenericCalls.Where(c => keepCallsTo(c.Method))], reader);
        kept.Clear();
    }

    /// <summary>
    /// Holds, for one check, the dependencies and generic calls it reads, and lets the full lists go: asked for again,
    /// they are read again by <paramref name="reader"/>.
    /// </summary>
    internal void Keep(DependencyView view, ReadOnlySpan<TypeDependency> dependencies, GenericCall[] calls, IAssemblyDecoder reader, ForeignCall[]? foreignCalls = null) =>
        KeepPacked(KeptDependencies.Of(view, Name, dependencies, calls, foreignCalls), reader);

    /// <summary>As <see cref="Keep"/>, with what is kept packed already.</summary>
    internal void KeepPacked(KeptDependencies kept, IAssemblyDecoder reader)
    {
        // The decoder first: a thread that finds the full lists gone decodes again with it.
        Decoder = reader;
        Volatile.Write(ref _code, kept);
    }

    /// <summary>
    /// Lets go of the dependencies and generic calls decoded in full, which <paramref name="reader"/> reads again if they
    /// are asked for: what a question read to write a cache is not kept for the code base's life.
    /// </summary>
    internal void LetGoOfDecoded(IAssemblyDecoder reader)
    {
        Decoder = reader;
        for (var seen = Volatile.Read(ref _code); ; )
        {
            var found = Interlocked.CompareExchange(ref _code, KeptIn(seen), seen);
            if (ReferenceEquals(found, seen))
            {
                return;
            }

            seen = found;
        }
    }

    /// <summary>What a view kept of the generic calls, or <see langword="null"/> when it kept nothing for this type (the full list is then the answer).</summary>
    internal IReadOnlyList<GenericCall>? KeptCallsFor(DependencyView view) =>
        KeptIn(Volatile.Read(ref _code)) is { } kept && ReferenceEquals(kept.View, view) ? kept.GenericCalls : null;

    /// <summary>The calls on other contexts' types a view recorded, or <see langword="null"/> when it recorded none for this type.</summary>
    internal IReadOnlyList<ForeignCall>? ForeignCallsFor(DependencyView view) =>
        KeptIn(Volatile.Read(ref _code)) is { } kept && ReferenceEquals(kept.View, view) ? kept.ForeignCalls : null;

    /// <summary>What a view kept of the dependencies, or <see langword="null"/> when it kept nothing for this type (the full list is then the answer).</summary>
    internal IReadOnlyList<TypeDependency>? KeptFor(DependencyView view) =>
        KeptIn(Volatile.Read(ref _code)) is { } kept && ReferenceEquals(kept.View, view) ? kept : null;

    /// <summary>Gets or sets what decodes the members and code of this type's assembly on first use.</summary>
    internal IAssemblyDecoder? Decoder { get; set; }

    internal int Token { get; }

    /// <inheritdoc />
    public override string ToString() => FullName;

    private IReadOnlyList<T> Decoded<T>(ref IReadOnlyList<T>? field)
    {
        // A check with another map may let the list go again (KeepOnly, which gives the type a new decoder) between a
        // reading and this return: read again with the new decoder.
        IAssemblyDecoder? used = null;
        while (Volatile.Read(ref field) is null && Decoder is { } decoder && !ReferenceEquals(decoder, used))
        {
            decoder.Decode();
            used = decoder;
        }

        return Volatile.Read(ref field) ?? [];
    }

    /// <summary>As <see cref="Decoded{T}"/>, for a list held in <see cref="_code"/>, which <paramref name="of"/> finds there.</summary>
    private IReadOnlyList<T> DecodedCode<T>(Func<object?, IReadOnlyList<T>?> of)
    {
        IAssemblyDecoder? used = null;
        while (of(Volatile.Read(ref _code)) is null && Decoder is { } decoder && !ReferenceEquals(decoder, used))
        {
            decoder.Decode();
            used = decoder;
        }

        return of(Volatile.Read(ref _code)) ?? [];
    }

    private static KeptDependencies? KeptIn(object? code) => code as KeptDependencies ?? (code as FullCode)?.Kept;

    /// <summary>The type's code decoded in full, when it makes generic calls or a check kept part of it before.</summary>
    private sealed class FullCode(IReadOnlyList<TypeDependency> dependencies, IReadOnlyList<GenericCall> genericCalls, KeptDependencies? kept)
    {
        public IReadOnlyList<TypeDependency> Dependencies { get; } = dependencies;

        public IReadOnlyList<GenericCall> GenericCalls { get; } = genericCalls;

        public KeptDependencies? Kept { get; } = kept;
    }
}

/// <summary>Decodes the members and code of one assembly's types, once, on first use; thread-safe.</summary>
internal interface IAssemblyDecoder
{
    void Decode();

    /// <summary>
    /// Which of the given types of the assembly depend on a type that matches, found without keeping their
    /// dependencies; <see langword="null"/> when the assembly is decoded already and its dependencies tell. Asked with
    /// none, when a question reads none of its types, it answers none, and writes the headers a cache owes.
    /// </summary>
    IReadOnlyList<InspectedType>? TypesDependingOn(IReadOnlyList<InspectedType> candidates, Func<TypeName, bool> match);

    /// <summary>Closes the file without decoding it, for an assembly that will not be inspected after all.</summary>
    void Release();

    /// <summary>
    /// Closes the file of an assembly whose type headers are read, until something reads its code: the file is opened
    /// again then, checked to be the same build, with the names read from it kept meanwhile. Loaded assemblies hold no
    /// file open until they are decoded (their mapped pages were 149 MB of a check's peak over 3,000 assemblies).
    /// </summary>
    void Park();

    /// <summary>
    /// Decodes the assembly for one check, making of each type's dependencies only those <paramref name="keep"/> wants
    /// (<see cref="InspectedType.Keep"/>), when it can; <see langword="false"/> when it cannot (decoded already, read from
    /// a cache), and the caller keeps from the full lists. Decoding, it records of each type the calls that
    /// <paramref name="callsOn"/> gives for that type passes (<see cref="ForeignCall"/>). An assembly written to a cache
    /// is decoded in full, each type handed to the file as it is decoded, then kept, with the calls recorded.
    /// </summary>
    bool DecodeKeeping(DependencyView view, Func<InspectedType, KeepDependency> keep, Func<string, bool> keepCallsTo, Func<InspectedType, CallRecording?> callsOn, IAssemblyDecoder reader);
}

/// <summary>A call to a generic method instance, such as <c>modelBuilder.Entity&lt;Order&gt;()</c>.</summary>
/// <param name="DeclaringType">The type that declares the called method.</param>
/// <param name="Method">The method name.</param>
/// <param name="Arguments">The type arguments.</param>
/// <param name="Member">The member of the calling type that makes the call.</param>
internal sealed record GenericCall(TypeName DeclaringType, string Method, IReadOnlyList<TypeUse> Arguments, string? Member);

/// <summary>The shape of a type definition as read from metadata.</summary>
internal readonly record struct TypeShape(TypeCategory Category, bool IsAbstract, bool IsVisible, bool IsNested);
