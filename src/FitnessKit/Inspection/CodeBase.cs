using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using FitnessKit.Loading;
using FitnessKit.Model;

namespace FitnessKit.Inspection;

/// <summary>
/// The compiled assemblies under inspection, read from disk with their dependencies. Nothing is loaded into the
/// runtime or executed. Load it once and evaluate as many rules against it as you like.
/// </summary>
public sealed partial class CodeBase
{
    /// <summary>The longest chain of base types walked: deeper is a damaged or looping chain, not code.</summary>
    private const int MostBaseTypes = 64;

    private readonly ConcurrentDictionary<InspectedAssembly, TypeIndex> _byName = new();
    private readonly Lazy<Dictionary<string, InspectedAssembly>> _byAssemblyName;
    private readonly Lazy<Dictionary<string, List<InspectedType>>> _byFullName;
    private readonly Lazy<ReferenceResolver> _resolver;
    private readonly Lazy<IReadOnlyList<UnresolvedReference>> _unresolved;
    private readonly SymbolLocator _symbols = new();
    private readonly ModelCache? _cache;
    private readonly TypeNameTable _table;
    private readonly ConditionalWeakTable<object, DependencyView> _views = new();
    private readonly TypeDeclarationLines _declarations = new();

    private readonly int _parallelism;

    /// <summary>Gets how many threads may read this code base's assemblies at once.</summary>
    internal int Parallelism => _parallelism;

    private CodeBase(IReadOnlyList<InspectedAssembly> assemblies, IReadOnlyList<SkippedFile> skipped, Func<ReferenceResolver> resolver, int parallelism, ModelCache? cache, TypeNameTable table)
    {
        _cache = cache;
        _table = table;
        _parallelism = Math.Max(1, parallelism);
        Assemblies = assemblies;
        SkippedFiles = skipped;
        _resolver = new Lazy<ReferenceResolver>(resolver);

        // Asked for each assembly that a reading opens or a chain of references passes: the first of a name, as a search in order finds it.
        _byAssemblyName = new(() =>
        {
            var index = new Dictionary<string, InspectedAssembly>(assemblies.Count, StringComparer.OrdinalIgnoreCase);
            foreach (var assembly in assemblies)
            {
                index.TryAdd(assembly.Name, assembly);
            }

            return index;
        });

        _byFullName = new(() =>
        {
            var index = new Dictionary<string, List<InspectedType>>(StringComparer.Ordinal);
            foreach (var type in Types)
            {
                Add(type.FullName, type);
                if (type.Name.IsFileLocal)
                {
                    Add(type.Name.ReportedName, type);
                }
            }

            void Add(string name, InspectedType type)
            {
                if (!index.TryGetValue(name, out var list))
                {
                    index[name] = list = new List<InspectedType>(1);
                }

                list.Add(type);
            }

            return index;
        });

        _unresolved = new Lazy<IReadOnlyList<UnresolvedReference>>(FindUnresolvedReferences);
    }

    /// <summary>Gets the inspected assemblies, ordered by name.</summary>
    public IReadOnlyList<InspectedAssembly> Assemblies { get; }

    /// <summary>
    /// Gets every user-written type of every inspected assembly; those not read yet are read first, side by side. Loaded
    /// with a cache, an assembly read here is written to it with its headers, as a question writes those it reads, so
    /// that the next run reads them from there; decoded later, it is written whole over them.
    /// </summary>
    /// <exception cref="FitnessKitException">Read now, an assembly's metadata is damaged.</exception>
    public IEnumerable<InspectedType> Types
    {
        get
        {
            if (Assemblies.Any(a => !a.TypesRead))
            {
                ForEachAssembly(Assemblies, static assembly =>
                {
                    if (!assembly.TypesRead)
                    {
                        _ = assembly.Types;
                        assembly.CacheHeaders();
                    }
                });
            }

            return Assemblies.SelectMany(a => a.Types);
        }
    }

    /// <summary>Gets the referenced assemblies that could not be found; the types in them are seen only by name.</summary>
    public IReadOnlyList<UnresolvedReference> UnresolvedReferences => _unresolved.Value;

    /// <summary>Gets the files that matched a folder or wildcard pattern but were not inspected, each with its reason: empty files, files that are not .NET assemblies (native libraries), modules, reference assemblies, second copies of one build. A damaged assembly is never skipped: it is an error.</summary>
    public IReadOnlyList<SkippedFile> SkippedFiles { get; }

    /// <summary>
    /// Gets the files of the persistent cache (<see cref="LoadOptions.CacheDirectory"/>) that were found damaged (a
    /// checksum that does not match their content, a file cut short) so far, each with the assembly that was read afresh
    /// from its own file in its place and written to the cache again: what the code base says is what it would say
    /// without a cache. An assembly is taken from the cache when it is loaded, and its members and code when they are
    /// first decoded, so the list is complete once the rules are evaluated.
    /// </summary>
    public IReadOnlyList<DamagedCacheFile> DamagedCacheFiles => _cache?.DamagedFiles ?? [];

    /// <summary>Gets the persistent cache the code base was loaded with, if any.</summary>
    internal ModelCache? Cache => _cache;

    /// <summary>Reads the assemblies of a source. Problems with the input (a missing or unreadable file, a pattern that matches nothing) are collected and thrown together as one <see cref="FitnessKitException"/>.</summary>
    /// <param name="source">The assemblies to inspect.</param>
    /// <returns>The code base.</returns>
    /// <exception cref="FitnessKitException">The source names files that do not exist, are not .NET assemblies, or patterns that match nothing.</exception>
    public static CodeBase Load(AssemblySource source) => Load(source, LoadOptions.Default);

    /// <summary>Reads the assemblies of a source with the given options, such as a persistent cache.</summary>
    /// <param name="source">The assemblies to inspect.</param>
    /// <param name="options">How to read them.</param>
    /// <returns>The code base.</returns>
    /// <exception cref="FitnessKitException">The source names files that do not exist, are not .NET assemblies, or patterns that match nothing.</exception>
    public static CodeBase Load(AssemblySource source, LoadOptions options)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(options);
        var problems = new List<string>();
        var cacheDirectory = options.CacheDirectory is null ? null : Path.GetFullPath(options.CacheDirectory);
        if (cacheDirectory is not null && Inputs.FileExists(cacheDirectory))
        {
            problems.Add($"{cacheDirectory}: the cache directory is {RegularFile.OtherKind(cacheDirectory) ?? "a file"}. Give a folder (it is created when missing), or no cache.");
            cacheDirectory = null;
        }

        var cache = cacheDirectory is null ? null : new ModelCache(cacheDirectory, options.CacheBytesHeld);
        var files = source.Expand(problems);
        var toRead = files.DistinctBy(f => f.Path, StringComparer.Ordinal).ToList();
        var table = new TypeNameTable();
        var read = new InspectedAssembly?[toRead.Count];
        var reasonsToSkip = new string?[toRead.Count];
        var errors = new ConcurrentBag<string>();
        var origins = new AssemblyOrigins();
        SideBySide.For(toRead.Count, Math.Max(1, options.MaxDegreeOfParallelism), i =>
        {
            try
            {
                // A file that a folder or wildcard matched may be skipped, and is listed; a file that was named must be an assembly.
                read[i] = ReadFile(toRead[i].Path, table, cache, origins, out var reason);
                if (reason is not null && toRead[i].Explicit)
                {
                    errors.Add($"{toRead[i].Path}: {reason}. It was named as an assembly to inspect: correct the path or pattern, or remove it.");
                }
                else if (reason is not null)
                {
                    reasonsToSkip[i] = reason;
                }
            }
            catch (FitnessKitException exception)
            {
                errors.Add(exception.Message);
            }
        });
        var skipped = toRead.Select((file, i) => reasonsToSkip[i] is { } reason ? new SkippedFile(file.Path, reason) : null).OfType<SkippedFile>().ToList();
        problems.AddRange(errors.Order(StringComparer.Ordinal));
        var assemblies = new List<InspectedAssembly>();
        foreach (var group in read.OfType<InspectedAssembly>().GroupBy(a => a.Name, StringComparer.OrdinalIgnoreCase))
        {
            var builds = group.ToList();
            var chosen = builds[0];
            if (builds.Exists(a => a.Mvid != chosen.Mvid))
            {
                if (builds.Exists(a => a.IsFirstParty))
                {
                    var distinct = builds.DistinctBy(a => a.Mvid).ToList();
                    problems.Add($"{group.Key}: two different builds of this assembly were given ({string.Join(" and ", distinct.Select(a => a.Path))}); narrow the patterns so that each assembly is inspected once.");
                    continue;
                }

                // Services built apart copy their own versions of a package: read the newest, and say which.
                chosen = builds.OrderByDescending(a => PackageVersions.Parse(a.PackageVersion)).ThenBy(a => a.Path, StringComparer.Ordinal).First();
            }

            assemblies.Add(chosen);
            foreach (var copy in builds.Where(b => !ReferenceEquals(b, chosen)))
            {
                Release(copy);
                skipped.Add(new SkippedFile(copy.Path, copy.Mvid == chosen.Mvid
                    ? $"the same build of {copy.Name} as {chosen.Path}"
                    : $"another build of third-party {copy.Name}{VersionText(copy)} ({copy.OriginEvidence}); {chosen.Path}{VersionText(chosen)} is read instead"));
            }
        }

        if (problems.Count > 0)
        {
            foreach (var assembly in read.OfType<InspectedAssembly>())
            {
                Release(assembly);
            }

            throw new FitnessKitException(problems);
        }

        assemblies.Sort((a, b) => string.CompareOrdinal(a.Name, b.Name));
        var folders = assemblies.Select(a => Path.GetDirectoryName(a.Path)!).Distinct(StringComparer.Ordinal).ToList();
        return new CodeBase(assemblies, skipped, () => new ReferenceResolver(folders, table, assemblies.Select(a => KeyValuePair.Create(a.Name, a.Path))), options.MaxDegreeOfParallelism, cache, table);
    }

    /// <summary>
    /// Loads an assembly's file and sets where the assembly comes from. The type headers of the system's own code are
    /// read now, so that damage in it is an error whatever a check asks, and its file is closed until decoding opens it
    /// again; those of packages and of the runtime are read when something asks for them (the long way, now). Read in a
    /// second pass over every file, the system's files all stayed mapped until then: over 3,000 assemblies, 110 MB of
    /// metadata pages, the peak of a check.
    /// </summary>
    internal static InspectedAssembly? ReadFile(string path, TypeNameTable table, ModelCache? cache, AssemblyOrigins origins, out string? reasonToSkip)
    {
        var assembly = AssemblyFileReader.Read(path, table, cache, out reasonToSkip);
        if (assembly is null)
        {
            return null;
        }

        lock (origins)
        {
            origins.Classify([assembly]);
        }

        // With a cache, the headers were read and written already, and the file is closed all the same.
        if (assembly.IsFirstParty || !Shortcuts.Taken)
        {
            _ = assembly.Types;
            assembly.Park();
        }

        return assembly;
    }

    /// <summary>
    /// Finds the types that depend on a type matching <paramref name="target"/>, among the types that match
    /// <paramref name="source"/>. Only the assemblies that hold candidate types and whose metadata names a matching type are read, in parallel, and a type is read only until its first match: the answer is what the types' <see cref="InspectedType.Dependencies"/> would give, without the cost of keeping every dependency.
    /// </summary>
    /// <param name="target">Which dependency targets count, such as a namespace test.</param>
    /// <param name="source">Which types to consider; every type when <see langword="null"/>.</param>
    /// <returns>The types with at least one such dependency, ordered by full name.</returns>
    public IReadOnlyList<InspectedType> TypesDependingOn(Func<TypeName, bool> target, Func<InspectedType, bool>? source = null)
    {
        ArgumentNullException.ThrowIfNull(target);
        return TypesDependingOn(target, DependencyView.All, source);
    }

    /// <summary>
    /// Finds the types that depend on a type matching <paramref name="target"/> as a check's view of the dependencies
    /// tells: from what it kept of the types it decoded, and by probing the others, as <see cref="TypesDependingOn(Func{TypeName, bool}, Func{InspectedType, bool}?)"/> does.
    /// </summary>
    /// <param name="target">Which dependency targets count.</param>
    /// <param name="view">How the check reads the dependencies.</param>
    /// <param name="source">Which types to consider; every type when <see langword="null"/>.</param>
    /// <param name="targetAssemblies">
    /// The assemblies that define the targets, when known: a package or runtime assembly that neither is one of them nor
    /// references one cannot name a target, and its types are not read.
    /// </param>
    internal IReadOnlyList<InspectedType> TypesDependingOn(Func<TypeName, bool> target, DependencyView view, Func<InspectedType, bool>? source = null, IReadOnlySet<string>? targetAssemblies = null)
    {
        var found = new ConcurrentBag<InspectedType>();
        var assemblies = targetAssemblies is null || !Shortcuts.Taken
            ? Assemblies
            : [.. Assemblies.Where(a => a.IsFirstParty || targetAssemblies.Contains(a.Name) || a.References.Any(targetAssemblies.Contains))];
        ForEachAssembly(assemblies, assembly =>
        {
            var candidates = source is null ? assembly.Types : assembly.Types.Where(source).ToList();
            var kept = candidates.Count > 0 && candidates[0].KeptFor(view) is not null;
            foreach (var type in kept ? candidates.Where(t => view.Of(t).Any(d => target(d.Target))) : DependingOn(assembly, candidates, target))
            {
                found.Add(type);
            }
        });
        return [.. found.OrderBy(t => t.FullName, StringComparer.Ordinal)];
    }

    /// <summary>
    /// Which of some types of one assembly depend on a matching type: probed without keeping every dependency, or read
    /// from the dependencies once they are decoded. The assembly's decoder is asked even when none of its types is a
    /// candidate, or it has none: loaded with a cache, it writes the headers it read (<see cref="PeAssemblyDecoder.Questioned"/>).
    /// </summary>
    private static IReadOnlyList<InspectedType> DependingOn(InspectedAssembly assembly, IReadOnlyList<InspectedType> candidates, Func<TypeName, bool> target) =>
        assembly.Decoder?.TypesDependingOn(candidates, target)
        ?? [.. candidates.Where(type => type.Dependencies.Any(dependency => target(dependency.Target)))];

    /// <summary>Decodes the members and code of every assembly now, in parallel, instead of on first use.</summary>
    /// <exception cref="FitnessKitException">An assembly's members or method bodies cannot be read.</exception>
    internal void DecodeAll() => Decode(Assemblies);

    /// <summary>Decodes the members and code of some assemblies now, in parallel, instead of on first use; the others are still decoded when first asked for.</summary>
    /// <exception cref="FitnessKitException">An assembly's members or method bodies cannot be read.</exception>
    internal void Decode(IReadOnlyList<InspectedAssembly> assemblies) => ForEachAssembly(assemblies, assembly =>
    {
        if (assembly.Types.Count > 0)
        {
            _ = assembly.Types[0].Dependencies;
        }
    });

    /// <summary>The view of the dependencies that checks with one key (their context map) share, so that a second check with the same map reads what the first kept instead of decoding again.</summary>
    internal DependencyView ViewFor(object key) => _views.GetValue(key, static _ => new DependencyView());

    /// <summary>
    /// Decodes some assemblies now, in parallel, and keeps of each of their types only the dependencies that
    /// <paramref name="keep"/> wants, in <paramref name="view"/>, letting the rest go as each assembly is done: memory then
    /// holds one assembly's full dependencies per thread, not the whole code base's. An assembly whose types the view
    /// kept already is left as it is; one kept by another view is read again. Of each type decoded from its file, the
    /// calls that <c>callsOn</c> gives for the type passes are recorded too (<see cref="ForeignCall"/>).
    /// </summary>
    /// <exception cref="FitnessKitException">An assembly's members or method bodies cannot be read.</exception>
    internal void Decode(IReadOnlyList<InspectedAssembly> assemblies, DependencyView view, Func<InspectedAssembly, Func<InspectedType, KeepDependency>> keep, Func<string, bool> keepCallsTo, Func<InspectedType, CallRecording?> callsOn)
    {
        ForEachAssembly(assemblies, assembly =>
        {
            if (assembly.Types.Count == 0 || assembly.Types[0].KeptFor(view) is not null)
            {
                return;
            }

            var reader = new RereadingDecoder(assembly, _table);
            var keepOf = keep(assembly);
            // Decoded from its file, an assembly makes only the dependencies kept; from a cache, or decoded already, it is kept from its full lists.
            if (assembly.Types[0].Decoder is { } decoder && decoder.DecodeKeeping(view, keepOf, keepCallsTo, callsOn, reader))
            {
                return;
            }

            foreach (var type in assembly.Types)
            {
                type.KeepOnly(view, keepOf(type), keepCallsTo, reader);
            }
        });

        // The names of what was let go are no longer needed; what was kept holds its own.
        _table.Forget();
    }

    private static string VersionText(InspectedAssembly assembly) => assembly.PackageVersion is { } version ? " " + version : string.Empty;

    /// <summary>Closes the file of an assembly that was read but will not be inspected.</summary>
    private static void Release(InspectedAssembly assembly) => assembly.Release();

    /// <summary>Runs an action on every assembly in parallel; unreadable assemblies are reported together as one <see cref="FitnessKitException"/>, not as an aggregate of them.</summary>
    private void ForEachAssembly(Action<InspectedAssembly> action) => ForEachAssembly(Assemblies, action);

    /// <summary>Runs an action for each of some assemblies, several at once; the problems of all that fail are one <see cref="FitnessKitException"/>.</summary>
    internal void ForEachAssembly(IReadOnlyList<InspectedAssembly> assemblies, Action<InspectedAssembly> action)
    {
        try
        {
            SideBySide.ForEach(assemblies, _parallelism, action);
        }
        catch (AggregateException exception) when (exception.InnerExceptions.All(e => e is FitnessKitException))
        {
            throw new FitnessKitException([.. exception.InnerExceptions.Cast<FitnessKitException>().SelectMany(e => e.Problems).Distinct().Order(StringComparer.Ordinal)]);
        }
    }

    /// <summary>Finds an inspected type by its name, or <see langword="null"/> when it is not in an inspected assembly.</summary>
    /// <param name="name">The type name.</param>
    /// <returns>The type, or <see langword="null"/>.</returns>
    public InspectedType? FindType(TypeName name)
    {
        ArgumentNullException.ThrowIfNull(name);
        // Indexed by assembly, each when first asked of: a type of an assembly the check does not judge reads that
        // assembly's types, not those of every assembly.
        return _byAssemblyName.Value.TryGetValue(name.Assembly, out var assembly)
            ? _byName.GetOrAdd(assembly, static assembly => new TypeIndex(assembly.Types)).Find(name)
            : null;
    }

    /// <summary>Gets how many types <see cref="Types"/> holds, without reading the types of assemblies no one asked about.</summary>
    internal int TypeCount => Assemblies.Sum(a => a.TypeCount);

    /// <summary>Finds inspected types by full name (such as <c>Shop.Orders.Order</c> or <c>Outer+Nested</c>) in any assembly; a file-local type also by the name reports give it (<see cref="TypeName.ReportedName"/>, <c>Shop.Orders.Hidden@Foo</c>).</summary>
    /// <param name="fullName">The full name.</param>
    /// <returns>The types with that name, usually one.</returns>
    public IReadOnlyList<InspectedType> FindTypes(string fullName) =>
        _byFullName.Value.TryGetValue(fullName, out var list) ? list : [];

    /// <summary>Finds where a dependency occurs in source, from the PDB; <see langword="null"/> when the assembly has no PDB.</summary>
    /// <param name="dependency">A dependency of an inspected type.</param>
    /// <returns>The file and line, or <see langword="null"/>.</returns>
    public SourceLocation? Locate(TypeDependency dependency)
    {
        if (FindType(dependency.Source) is not { } type || _symbols.Locate(type.Assembly.Path, dependency.Anchor) is not { } recorded)
        {
            return null;
        }

        // A dependency of the type itself (a base type, an interface, an attribute on the type) is on its declaration.
        return dependency.Anchor.MethodToken == 0 ? _declarations.Find(recorded, type.Name) : recorded;
    }

    /// <summary>Finds where an instruction or type of an assembly file is in source, from its PDB.</summary>
    internal SourceLocation? Locate(string assemblyPath, CodeAnchor anchor) => _symbols.Locate(assemblyPath, anchor);

    /// <summary>The file of an assembly: an inspected one, or a referenced one found beside them, in the NuGet packages its deps.json names or in the shared frameworks.</summary>
    internal string? PathOf(string assemblyName) =>
        (_byAssemblyName.Value.TryGetValue(assemblyName, out var assembly) ? assembly.Path : null) ?? _resolver.Value.PathOf(assemblyName);

    /// <summary>The first inspected assembly of a name, or <see langword="null"/>.</summary>
    internal InspectedAssembly? AssemblyNamed(string assemblyName) => _byAssemblyName.Value.GetValueOrDefault(assemblyName);

    /// <summary>
    /// Finds where a type is declared in source: the line with its <c>class</c> (or <c>struct</c>, <c>interface</c>,
    /// <c>record</c>, <c>enum</c>) keyword when its source file is present, below any attributes; otherwise the first
    /// line of its code that the PDB records (a PDB records no declaration lines).
    /// </summary>
    /// <param name="type">An inspected type.</param>
    /// <returns>The file and line, or <see langword="null"/> when the assembly has no PDB.</returns>
    public SourceLocation? Locate(InspectedType type)
    {
        ArgumentNullException.ThrowIfNull(type);
        return _symbols.Locate(type.Assembly.Path, CodeAnchor.ForType(type.Token)) is { } recorded ? _declarations.Find(recorded, type.Name) : null;
    }

    /// <summary>Walks the base types of a type, nearest first, through inspected and referenced assemblies, with generic arguments substituted.</summary>
    /// <param name="type">An inspected type.</param>
    /// <returns>The base types up to the root of the chain, or as far as references can be resolved.</returns>
    public IEnumerable<TypeUse> BaseTypesOf(InspectedType type)
    {
        ArgumentNullException.ThrowIfNull(type);
        var current = type.BaseType;
        for (var depth = 0; current is not null && depth < MostBaseTypes; depth++)
        {
            yield return current;
            current = BaseOf(current);
        }
    }

    /// <summary>Adds every base type of a type to a list, nearest first, as <see cref="BaseTypesOf"/> gives them: the persistence catalog walks every first-party type's chain to its end, without an iterator each.</summary>
    internal void AddBaseTypesOf(InspectedType type, List<TypeUse> bases)
    {
        var current = type.BaseType;
        for (var depth = 0; current is not null && depth < MostBaseTypes; depth++)
        {
            bases.Add(current);
            current = BaseOf(current);
        }
    }

    /// <summary>The base type of a base type, with its generic arguments substituted; <see langword="null"/> at the root or where no header can be read.</summary>
    private TypeUse? BaseOf(TypeUse use)
    {
        var (baseType, _) = HeaderOf(use.Type);
        return baseType is null ? null : GenericParameters.Substitute(baseType, use.Arguments);
    }

    /// <summary>Gets every interface a type implements: its own and those of its base types and base interfaces, with generic arguments substituted.</summary>
    /// <param name="type">An inspected type.</param>
    /// <returns>The interfaces, each once.</returns>
    public IReadOnlyList<TypeUse> InterfacesOf(InspectedType type)
    {
        ArgumentNullException.ThrowIfNull(type);
        var found = new List<TypeUse>();
        var pending = new Stack<TypeUse>(type.Interfaces);
        foreach (var baseType in BaseTypesOf(type))
        {
            foreach (var inherited in HeaderOf(baseType.Type).Interfaces)
            {
                pending.Push(GenericParameters.Substitute(inherited, baseType.Arguments));
            }
        }

        while (pending.Count > 0 && found.Count < 256)
        {
            var next = pending.Pop();
            if (found.Contains(next))
            {
                continue;
            }

            found.Add(next);
            foreach (var inherited in HeaderOf(next.Type).Interfaces)
            {
                pending.Push(GenericParameters.Substitute(inherited, next.Arguments));
            }
        }

        return found;
    }

    /// <summary>
    /// Whether a type may implement an interface of one of these full names: whether one is met among its own
    /// interfaces, its base types' and theirs, without substituting generic arguments (a name does not depend on them).
    /// <see langword="false"/> means that <see cref="InterfacesOf"/> holds none of them; <see langword="true"/>, that it
    /// should be asked. Most types implement none of a few names: this allocates nothing for them.
    /// </summary>
    /// <param name="type">An inspected type.</param>
    /// <param name="bases">Its base types, as <see cref="BaseTypesOf"/> gives them.</param>
    /// <param name="names">The interfaces' full names.</param>
    internal bool MayImplement(InspectedType type, IReadOnlyList<TypeUse> bases, IReadOnlyList<string> names) =>
        names.Count > 0 && MayImplement(type, bases, names, matches: null);

    /// <summary>As <see cref="MayImplement(InspectedType, IReadOnlyList{TypeUse}, IReadOnlyList{string})"/>, for interfaces whose name passes a test that does not depend on generic arguments.</summary>
    /// <param name="type">An inspected type.</param>
    /// <param name="bases">Its base types, as <see cref="BaseTypesOf"/> gives them.</param>
    /// <param name="matches">Which interfaces count, by their name.</param>
    internal bool MayImplement(InspectedType type, IReadOnlyList<TypeUse> bases, Func<TypeName, bool> matches) =>
        MayImplement(type, bases, [], matches);

    private bool MayImplement(InspectedType type, IReadOnlyList<TypeUse> bases, IReadOnlyList<string> names, Func<TypeName, bool>? matches)
    {
        // Each interface is followed to its own interfaces, without remembering those met: a budget of visits stands in,
        // and spending it answers "ask", never "no".
        var budget = 1024;
        bool Any(IReadOnlyList<TypeUse> interfaces)
        {
            for (var i = 0; i < interfaces.Count; i++)
            {
                if (--budget < 0 || (names.Count > 0 && names.Contains(interfaces[i].Type.FullName)) || (matches is not null && matches(interfaces[i].Type))
                    || Any(HeaderOf(interfaces[i].Type).Interfaces))
                {
                    return true;
                }
            }

            return false;
        }

        if (Any(type.Interfaces))
        {
            return true;
        }

        for (var b = 0; b < bases.Count; b++)
        {
            if (Any(HeaderOf(bases[b].Type).Interfaces))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The last base type of a type's chain when the chain stops at a type that cannot be read (its assembly was not
    /// found), or <see langword="null"/> when the chain is whole; from the type's base types as
    /// <see cref="BaseTypesOf"/> gives them.
    /// </summary>
    internal TypeUse? UnreadBaseOf(IReadOnlyList<TypeUse> bases)
    {
        var last = bases.Count == 0 ? null : bases[^1];
        return last is null || last.Type.FullName == "System.Object" || ReadType(last.Type) is not null || GenericParameters.IsPlaceholder(last.Type)
            || _resolver.Value.HeaderOf(last.Type) is not null
            ? null
            : last;
    }

    private IReadOnlyList<UnresolvedReference> FindUnresolvedReferences()
    {
        var inspected = new HashSet<string>(Assemblies.Select(a => a.Name), StringComparer.OrdinalIgnoreCase);
        return [.. Assemblies
            .SelectMany(a => a.References.Select(r => (Reference: r, By: a.Name)))
            .Where(r => !inspected.Contains(r.Reference) && !_resolver.Value.CanFind(r.Reference))
            .GroupBy(r => r.Reference, StringComparer.OrdinalIgnoreCase)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new UnresolvedReference(g.Key, [.. g.Select(r => r.By).Distinct().Order(StringComparer.Ordinal)]))];
    }

    /// <summary>
    /// The inspected type of a name when its assembly's types were read: a base type or interface in an assembly whose
    /// types no one asked for (the runtime's, a package's) is read from its file as a referenced assembly's is (the
    /// resolver reads the inspected file itself), which reads the few types a chain passes, not all of them.
    /// </summary>
    private InspectedType? ReadType(TypeName name) => !Shortcuts.Taken || AssemblyNamed(name.Assembly) is { TypesRead: true } ? FindType(name) : null;

    private (TypeUse? BaseType, IReadOnlyList<TypeUse> Interfaces) HeaderOf(TypeName name)
    {
        // The root has neither, wherever it is: asked first, it does not read the types of an inspected core library.
        if (name.FullName == "System.Object" || GenericParameters.IsPlaceholder(name))
        {
            return (null, []);
        }

        if (ReadType(name) is { } inspected)
        {
            return (inspected.BaseType, inspected.Interfaces);
        }

        if (_resolver.Value.HeaderOf(name) is { } header)
        {
            return (header.BaseType, header.Interfaces);
        }

        return (null, []);
    }
}
