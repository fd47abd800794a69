namespace FitnessKit.Model;

/// <summary>
/// The identity of a type anywhere in the inspected code base or its references: the name of the assembly that
/// defines it (as the referencing code names it), its namespace and its name. Nested types join their names with
/// <c>+</c> and generic types keep their arity suffix, as in <c>Shop.Orders.Order+Line</c> or <c>List`1</c>.
/// </summary>
public sealed class TypeName : IEquatable<TypeName>
{
    private const int MostParameters = 64;

    // Set once, but for a probe (see Probe), which is aimed anew at each name a table is asked for.
    private int _hash;

    // The use of this type with no generic arguments: most base types, interfaces and signature types are such, and
    // every type of a check names one (System.Object as a base type alone, hundreds of thousands of times).
    private TypeUse? _use;

    // The names made of this one, in one reference: every type names one and a check holds hundreds of thousands (64
    // bytes a name instead of 72). Nothing made yet; the full name, which is also the display name when it has no
    // backtick (most names); a GenericTexts with both, for a name with one; or, from the start, what only a file-local
    // type has (FileLocalName, which keeps its names itself).
    private object? _texts;

    /// <summary>Creates a type name.</summary>
    /// <param name="assembly">The simple name of the assembly that defines the type.</param>
    /// <param name="namespace">The namespace; empty for the global namespace. Nested types use their outermost type's namespace.</param>
    /// <param name="name">The type name; nested types are written <c>Outer+Inner</c>.</param>
    public TypeName(string assembly, string @namespace, string name)
    {
        Assembly = assembly;
        Namespace = @namespace;
        Name = name;
        IsCompilerGenerated = name.StartsWith('<') && TopLevelTypeNames.IsCompilerOwned(TopLevelTypeNames.Outermost(name))
            || name.Contains("+<", StringComparison.Ordinal);
        if (name.StartsWith('<') && TopLevelTypeNames.TryReadFileLocal(name, out var file, out var written))
        {
            _texts = new FileLocalName(file, written);
        }

        _hash = HashOf(assembly, @namespace, name);
    }

    /// <summary>Gets the simple name of the assembly that defines the type.</summary>
    public string Assembly { get; private set; }

    /// <summary>Gets the namespace, or an empty string for the global namespace.</summary>
    public string Namespace { get; private set; }

    /// <summary>Gets the name, with nested types joined by <c>+</c>.</summary>
    public string Name { get; private set; }

    /// <summary>Gets the type's own name, as <c>Type.Name</c> gives it: a nested type's without its declaring types'.</summary>
    internal string OwnName => Name[(Name.LastIndexOf('+') + 1)..];

    /// <summary>
    /// Gets a value indicating whether the compiler made this type up for its own use: a type nested in another whose
    /// name starts with <c>&lt;</c> (a closure, a state machine, a lambda cache), which C# never allows in a name a user
    /// writes, or one of the compiler's own top-level types (<c>&lt;Module&gt;</c>, <c>&lt;PrivateImplementationDetails&gt;</c>,
    /// anonymous types and the other <c>&lt;&gt;</c> names). A file-local type (<see cref="IsFileLocal"/>) is the user's,
    /// and so is any other top-level name that starts with <c>&lt;</c> (another compiler's or an IL rewriter's) and a
    /// <c>&lt;</c> elsewhere in a name (an IL-written or hostile name such as <c>Order&lt;script&gt;</c>).
    /// </summary>
    public bool IsCompilerGenerated { get; }

    /// <summary>
    /// Gets or sets what a check worked out from this name alone, the same whatever the check: whether a dependency on
    /// the type is kept whoever has it (<see cref="Evaluation.DependencyRetention"/>); 0 until worked out, then 1 (kept)
    /// or 2. Asked for nearly every dependency a check decodes: kept in a byte the object has room for, not in a table
    /// of every name met (190,000 entries, 13 MB, at 3,000 assemblies).
    /// </summary>
    internal byte KeptByName { get; set; }

    /// <summary>Gets a value indicating whether the type is declared <c>file class</c> (C# 11), or nested in one: visible only in the file <see cref="DeclaringFile"/>.</summary>
    public bool IsFileLocal => DeclaringFile is not null;

    /// <summary>Gets the file a file-local type is declared in, as its compiled name records it: the file name without its extension (<c>Foo</c> for <c>Foo.cs</c>), letters and digits only, any other character written <c>_</c>; <see langword="null"/> for other types.</summary>
    public string? DeclaringFile => FileLocal?.File;

    /// <summary>Gets the name as the user wrote it: <see cref="Name"/>, except for a file-local type, compiled as <c>&lt;Foo&gt;F1A2B…__Hidden</c> (the file and a checksum of its path) and written <c>Hidden</c>.</summary>
    public string WrittenName => FileLocal?.WrittenName ?? Name;

    /// <summary>
    /// Gets the name reports and baselines give the type: <see cref="FullName"/>, except for a file-local type, which is
    /// named as written, then <c>@</c> and its file: <c>Shop.Orders.Hidden@Foo</c>. The checksum in its compiled
    /// name depends on where the file was built and is left out; the file keeps two file-local types of one name apart.
    /// </summary>
    public string ReportedName => FileLocal is not { } local ? FullName : local.ReportedName ??= string.Concat(WrittenFullName, "@", local.File);

    /// <summary>Gets the use of this type with no generic arguments, one instance shared by all who use it so.</summary>
    internal TypeUse Use => _use ??= new TypeUse(this, []);

    /// <summary>Gets the namespace-qualified name, such as <c>Shop.Orders.Order+Line</c>.</summary>
    public string FullName => Volatile.Read(ref _texts) switch
    {
        string full => full,
        GenericTexts texts => texts.FullName,
        FileLocalName local => local.FullName ??= Compose(),
        _ => MakeTexts(),
    };

    /// <summary>
    /// Gets the name a person reads, with the generic arity written as C# writes an open generic type whose parameters
    /// it does not name: <c>Shop.Orders.Repository&lt;,&gt;</c> for <c>Repository`2</c>, never the metadata's backtick.
    /// Where the definition can be read, <see cref="Inspection.CodeBase"/> names the parameters (<c>Repository&lt;TEntity, TKey&gt;</c>).
    /// A file-local type is named as written (<see cref="WrittenName"/>), without its file.
    /// </summary>
    public string DisplayName
    {
        get
        {
            var texts = Volatile.Read(ref _texts);
            if (texts is null)
            {
                MakeTexts();
                texts = Volatile.Read(ref _texts);
            }

            return texts switch
            {
                string full => full,
                GenericTexts generic => generic.DisplayName ??= Display(generic.FullName, null),
                _ => ((FileLocalName)texts!).DisplayName ??= Display(WrittenFullName, null),
            };
        }
    }

    /// <summary>Gets the namespace-qualified <see cref="WrittenName"/>: <c>Shop.Orders.Hidden</c> for a file-local type.</summary>
    internal string WrittenFullName => FileLocal is not { } local ? FullName : Namespace.Length == 0 ? local.WrittenName : string.Concat(Namespace, ".", local.WrittenName);

    private FileLocalName? FileLocal => _texts as FileLocalName;

    private string Compose() => Namespace.Length == 0 ? Name : string.Concat(Namespace, ".", Name);

    /// <summary>Makes the full name and keeps it; a name another thread kept first is the one returned, equal to this.</summary>
    private string MakeTexts()
    {
        var full = Compose();
        object texts = full.Contains('`', StringComparison.Ordinal) ? new GenericTexts(full) : full;
        return Interlocked.CompareExchange(ref _texts, texts, null) switch
        {
            null => full,
            string kept => kept,
            GenericTexts kept => kept.FullName,
            var other => ((FileLocalName)other).FullName ??= full,
        };
    }

    /// <summary>
    /// A name to look others up by, in a table keyed by names, without making one that is thrown away when the table
    /// has it (most look-ups while decoding: most of the 78 MB of names decoding 3,000 assemblies made). It is aimed at
    /// each name asked for (<see cref="Aim"/>) and equal to that name, and is never stored or handed out.
    /// </summary>
    internal static TypeName Probe() => new(string.Empty, string.Empty, string.Empty);

    /// <summary>Aims a probe (<see cref="Probe"/>) at a name: it is then equal to the name those parts make.</summary>
    internal TypeName Aim(string assembly, string @namespace, string name)
    {
        Assembly = assembly;
        Namespace = @namespace;
        Name = name;
        _hash = HashOf(assembly, @namespace, name);
        return this;
    }

    /// <inheritdoc />
    public bool Equals(TypeName? other) =>
        ReferenceEquals(this, other) || other is not null && _hash == other._hash
        && string.Equals(Name, other.Name, StringComparison.Ordinal)
        && string.Equals(Namespace, other.Namespace, StringComparison.Ordinal)
        && string.Equals(Assembly, other.Assembly, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as TypeName);

    /// <inheritdoc />
    public override int GetHashCode() => _hash;

    /// <inheritdoc />
    public override string ToString() => FullName;

    // The assembly is left out for speed: few types share a namespace and name. The names that stand for a whole
    // assembly (no namespace, no name) all would, so theirs is the assembly's: one hash for them all made every
    // look-up among an assembly's references walk a list of every assembly a check had asked about.
    private static int HashOf(string assembly, string @namespace, string name) =>
        name.Length == 0 && @namespace.Length == 0
            ? string.GetHashCode(assembly, StringComparison.OrdinalIgnoreCase)
            : HashCode.Combine(StringComparer.Ordinal.GetHashCode(name), StringComparer.Ordinal.GetHashCode(@namespace));

    /// <summary>
    /// Writes a metadata name as C# writes it: each <c>`n</c> becomes <c>&lt;...&gt;</c> holding the next <c>n</c> of
    /// <paramref name="arguments"/> (parameter names, or the names of the arguments of a closed type), or <c>n - 1</c>
    /// commas when the arguments do not match the arities: <c>Outer`1+Inner`1</c> with <c>T, U</c> is
    /// <c>Outer&lt;T&gt;+Inner&lt;U&gt;</c>, and <c>Outer&lt;&gt;+Inner&lt;&gt;</c> without them.
    /// </summary>
    internal static string Display(string name, IReadOnlyList<string>? arguments)
    {
        if (name.IndexOf('`', StringComparison.Ordinal) < 0)
        {
            return name;
        }

        var total = 0;
        for (var i = 0; i < name.Length; i++)
        {
            total += name[i] == '`' ? Arity(name, i, out _) : 0;
        }

        var named = arguments is not null && arguments.Count == total;
        var builder = new System.Text.StringBuilder(name.Length + 16);
        var used = 0;
        for (var i = 0; i < name.Length; i++)
        {
            var end = i + 1;
            var arity = name[i] == '`' ? Arity(name, i, out end) : 0;
            if (arity == 0)
            {
                // A character of the name, or a backtick C# could not have written (no arity, zero or hundreds): kept as the metadata has it.
                builder.Append(name[i]);
                continue;
            }

            builder.Append('<');
            for (var p = 0; p < arity; p++)
            {
                builder.Append(p == 0 ? string.Empty : named ? ", " : ",");
                builder.Append(named ? arguments![used + p] : string.Empty);
            }

            builder.Append('>');
            used += arity;
            i = end - 1;
        }

        return builder.ToString();
    }

    /// <summary>The arity written after the backtick at <paramref name="tick"/>, or 0 when there is none C# could have written; <paramref name="end"/> is where its digits end.</summary>
    private static int Arity(string name, int tick, out int end)
    {
        end = tick + 1;
        while (end < name.Length && char.IsAsciiDigit(name[end]) && end - tick <= 3)
        {
            end++;
        }

        var arity = end == tick + 1 ? 0 : int.Parse(name.AsSpan(tick + 1, end - tick - 1), System.Globalization.CultureInfo.InvariantCulture);
        return arity <= MostParameters ? arity : 0;
    }

    /// <summary>The file a file-local type is declared in, its name as written, and the name reports give it, made once.</summary>
    private sealed class FileLocalName(string file, string writtenName)
    {
        public string File { get; } = file;

        public string WrittenName { get; } = writtenName;

        public string? ReportedName { get; set; }

        public string? DisplayName { get; set; }

        public string? FullName { get; set; }
    }

    /// <summary>The full name of a name with a backtick, and its display name, which writes the arity as C# does, made once.</summary>
    private sealed class GenericTexts(string fullName)
    {
        public string FullName { get; } = fullName;

        public string? DisplayName { get; set; }
    }
}
