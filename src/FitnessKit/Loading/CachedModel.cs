using System.Runtime.InteropServices;
using System.Text;
using FitnessKit.Model;

namespace FitnessKit.Loading;

/// <summary>
/// Reads a <see cref="ModelCache"/> file: the type headers at once, the members and dependencies of all its types the
/// first time any of them is asked for, like an assembly read from its file. The file's bytes are kept until then and
/// read in place: only the strings and objects of the model are made from them. A query is answered from the bytes
/// without making the dependencies. A file written before the assembly was decoded holds no details: the assembly
/// file is opened again to decode them. So it is when the details cannot be decoded after all (the file's checksum
/// matched, so only a writer's bug can cause it): the damage is noted and the assembly file tells instead.
/// </summary>
internal sealed class CachedModel : IAssemblyDecoder
{
    /// <summary>How deeply type uses may nest: as deeply as the loader reads them from signatures, and no deeper in a damaged file.</summary>
    private const int MaxNesting = 256;

    private readonly object _gate = new();
    private readonly int[] _stringOffsets;
    private readonly int[] _nameParts;
    private string?[] _strings;
    private TypeName?[] _names;
    private TypeNameTable _table;
    private readonly bool _hasDetails;
    private InspectedType[] _types = [];

    // What one type keeps while its details are read, reused from type to type (reading is under the lock).
    private readonly List<TypeDependency> _kept = new();
    private CacheFileBytes? _content;
    private int _detailsOffset;
    private Func<IAssemblyDecoder>? _reopen;
    private Action<string>? _noteDamage;
    private IAssemblyDecoder? _fileDecoder;
    private FitnessKitException? _failure;

    private CachedModel(CacheFileBytes content, bool hasDetails, int[] stringOffsets, int[] nameParts, TypeNameTable table)
    {
        _nameParts = nameParts;
        _table = table;
        _stringOffsets = stringOffsets;
        _content = content;
        _hasDetails = hasDetails;
        _strings = new string?[stringOffsets.Length];
        _names = new TypeName?[nameParts.Length / 3];
    }

    /// <summary>Reads the headers of a cache file's bytes; the model keeps them, or reads them again, until it is decoded.</summary>
    /// <param name="content">The file's bytes, held.</param>
    /// <param name="format">The magic and format version the file must start with.</param>
    /// <param name="path">The assembly file.</param>
    /// <param name="mvid">The MVID of the assembly build.</param>
    /// <param name="table">Where type names are interned.</param>
    /// <param name="reopen">Opens the assembly file to decode the details that the cache file does not hold, or cannot give.</param>
    /// <param name="noteDamage">Called with the reason when the details cannot be decoded and the assembly file is read instead.</param>
    /// <exception cref="InvalidDataException">The headers cannot be decoded; see <see cref="IsDamage"/> for the others.</exception>
    public static InspectedAssembly ReadHeaders(CacheFileBytes content, (string Magic, int Version) format, string path, Guid mvid, TypeNameTable table, Func<InspectedAssembly, IAssemblyDecoder> reopen, Action<string> noteDamage)
    {
        var reader = new CacheReader(content.Read().AsSpan(0, content.Length));
        if (Encoding.ASCII.GetString(reader.Take(4)) != format.Magic || reader.ReadInt32() != format.Version || new Guid(reader.Take(16)) != mvid)
        {
            throw new InvalidDataException("Not a cache file of this format and build.");
        }

        // Strings are read when first used: member names wait until the details are.
        var stringOffsets = new int[reader.ReadCount()];
        for (var i = 0; i < stringOffsets.Length; i++)
        {
            stringOffsets[i] = reader.SkipString();
        }

        // Type names too, and interned then: most name the targets of dependencies, read with the details.
        var nameParts = new int[reader.ReadCount(bytesEach: 3) * 3];
        for (var i = 0; i < nameParts.Length; i++)
        {
            nameParts[i] = reader.Read7BitEncodedInt();
        }

        var assemblyNameIndex = reader.Read7BitEncodedInt();
        var hasEntryPoint = reader.ReadBoolean();
        var referenceIndexes = new int[reader.ReadCount()];
        for (var i = 0; i < referenceIndexes.Length; i++)
        {
            referenceIndexes[i] = reader.Read7BitEncodedInt();
        }

        var hasDetails = reader.ReadBoolean();
        var model = new CachedModel(content, hasDetails, stringOffsets, nameParts, table);
        var assemblyName = model.StringAt(ref reader, assemblyNameIndex);
        var references = new string[referenceIndexes.Length];
        for (var i = 0; i < references.Length; i++)
        {
            references[i] = model.StringAt(ref reader, referenceIndexes[i]);
        }

        var types = model._types = new InspectedType[reader.ReadCount()];
        for (var t = 0; t < types.Length; t++)
        {
            var name = model.Name(ref reader);
            var token = reader.ReadInt32();
            var flags = reader.ReadByte();
            var type = new InspectedType(name, token, new TypeShape((TypeCategory)(flags & 0x7), (flags & 0x8) != 0, (flags & 0x10) != 0, (flags & 0x20) != 0))
            {
                BaseType = reader.ReadBoolean() ? model.ReadUse(ref reader, 0) : null,
                Decoder = model,
            };
            type.Interfaces = model.ReadUses(ref reader, 0);
            if (hasDetails)
            {
                type.Attributes = model.ReadNames(ref reader);
            }

            types[t] = type;
        }

        model._detailsOffset = reader.Position;
        var assembly = new InspectedAssembly(assemblyName, Path.GetFullPath(path), mvid, references, types, hasEntryPoint);
        model._reopen = () => reopen(assembly);
        model._noteDamage = noteDamage;
        return assembly;
    }

    /// <summary>
    /// The cache file's bytes stay, within what the cache may hold (<see cref="ModelCache"/>); an assembly file opened
    /// for details the cache file lacks is closed until they are read.
    /// </summary>
    public void Park()
    {
        lock (_gate)
        {
            _fileDecoder?.Park();
        }
    }

    /// <summary>Lets the file's bytes go without reading the details.</summary>
    public void Release()
    {
        lock (_gate)
        {
            _content?.Release();
            _content = null;
            _fileDecoder?.Release();
        }
    }

    /// <summary>
    /// Every type name that the cached assembly's headers, dependencies or metadata use is in its name table: when
    /// none matches, no type depends on a match. Otherwise the dependencies are read in place, without making them,
    /// or, when the file holds none, the assembly file tells.
    /// </summary>
    public IReadOnlyList<InspectedType>? TypesDependingOn(IReadOnlyList<InspectedType> candidates, Func<TypeName, bool> match)
    {
        lock (_gate)
        {
            if (_failure is not null)
            {
                throw _failure;
            }

            if (candidates.Count == 0)
            {
                return [];
            }

            if (_fileDecoder is not null)
            {
                return _fileDecoder.TypesDependingOn(candidates, match);
            }

            if (_content is null)
            {
                return null;
            }

            if (_content.Read() is not { } bytes)
            {
                return FileDecoder().TypesDependingOn(candidates, match);
            }

            try
            {
                var reader = new CacheReader(bytes.AsSpan(0, _content.Length));
                var matching = MatchingNames(ref reader, match);
                return matching is null ? []
                    : _hasDetails ? TypesNaming(ref reader, candidates, matching)
                    : FileDecoder().TypesDependingOn(candidates, match);
            }
            catch (Exception exception) when (IsDamage(exception))
            {
                _noteDamage!(Undecodable(exception));
                return FileDecoder().TypesDependingOn(candidates, match);
            }
            finally
            {
                // Bytes read again for this answer go with it; the decoding reads them again if it comes.
                _content?.Done();
            }
        }
    }

    public bool DecodeKeeping(DependencyView view, Func<InspectedType, KeepDependency> keep, Func<string, bool> keepCallsTo, Func<InspectedType, CallRecording?> callsOn, IAssemblyDecoder reader)
    {
        lock (_gate)
        {
            if (_failure is not null)
            {
                throw _failure;
            }

            if (_fileDecoder is not null)
            {
                return _fileDecoder.DecodeKeeping(view, keep, keepCallsTo, callsOn, reader);
            }

            if (_content is null)
            {
                return false;
            }

            if (!_hasDetails)
            {
                return FileDecoder().DecodeKeeping(view, keep, keepCallsTo, callsOn, reader);
            }

            // What each type keeps is asked first: if asking reads a type of this assembly, which decodes it in full, the caller keeps from the full lists.
            var types = _types.ToArray();
            var keeps = new KeepDependency[types.Length];
            for (var t = 0; t < types.Length; t++)
            {
                keeps[t] = keep(types[t]);
            }

            if (_content is null)
            {
                return false;
            }

            if (_content.Read() is not { } bytes)
            {
                return FileDecoder().DecodeKeeping(view, keep, keepCallsTo, callsOn, reader);
            }

            // Each type's kept dependencies are packed as they are read, from one buffer, not copied into an array first.
            var details = new (PropertySummary[] Properties, KeptDependencies Kept)[types.Length];
            try
            {
                StartDetails();
                var cache = new CacheReader(bytes.AsSpan(0, _content.Length)) { Position = _detailsOffset };
                for (var t = 0; t < types.Length; t++)
                {
                    var (properties, calls, _) = ReadDetails(ref cache, types[t], keeps[t], keepCallsTo);
                    details[t] = (properties, KeptDependencies.Of(view, types[t].Name, CollectionsMarshal.AsSpan(_kept), calls));
                }
            }
            catch (Exception exception) when (IsDamage(exception))
            {
                _noteDamage!(Undecodable(exception));
                return FileDecoder().DecodeKeeping(view, keep, keepCallsTo, callsOn, reader);
            }

            LetGo();
            for (var t = 0; t < types.Length; t++)
            {
                types[t].GenericProperties = details[t].Properties;
                types[t].KeepPacked(details[t].Kept, reader);
            }

            return true;
        }
    }

    public void Decode()
    {
        lock (_gate)
        {
            if (_failure is not null)
            {
                throw _failure;
            }

            if (_fileDecoder is not null)
            {
                _fileDecoder.Decode();
                return;
            }

            if (_content is null)
            {
                return;
            }

            if (!_hasDetails || _content.Read() is not { } bytes)
            {
                FileDecoder().Decode();
                return;
            }

            // Every type's details are read before any is given them: details that cannot be read are all taken from the assembly file.
            var details = new (PropertySummary[], GenericCall[], TypeDependency[])[_types.Length];
            try
            {
                StartDetails();
                var reader = new CacheReader(bytes.AsSpan(0, _content.Length)) { Position = _detailsOffset };
                for (var t = 0; t < _types.Length; t++)
                {
                    details[t] = ReadDetails(ref reader, _types[t]);
                }
            }
            catch (Exception exception) when (IsDamage(exception))
            {
                _noteDamage!(Undecodable(exception));
                FileDecoder().Decode();
                return;
            }

            LetGo();
            for (var t = 0; t < _types.Length; t++)
            {
                var (properties, calls, dependencies) = details[t];
                _types[t].GenericProperties = properties;
                _types[t].HoldDecoded(dependencies, calls);
            }
        }
    }

    /// <summary>The decoder of the assembly file, for a model cached without details; the cache file's bytes go, every name of the headers being read.</summary>
    private IAssemblyDecoder FileDecoder()
    {
        try
        {
            _fileDecoder = _reopen!();
        }
        catch (FitnessKitException exception)
        {
            throw Fail(exception);
        }

        _content?.Release();
        _content = null;
        return _fileDecoder;
    }

    /// <summary>
    /// Reads the details into young copies of the string and name tables, with names first met interned for this
    /// assembly only: the tables the headers were read into are old by now, and what the details hung on them would
    /// outlive the assembly until the collector next looks at its old generation (see <see cref="PeAssemblyDecoder"/>).
    /// </summary>
    private void StartDetails()
    {
        _strings = (string?[])_strings.Clone();
        _names = (TypeName?[])_names.Clone();
        _table = _table.ForDecoding();
    }

    /// <summary>Lets the file's bytes and the tables read from them go, once the details are read.</summary>
    private void LetGo()
    {
        _content?.Release();
        _content = null;
        _strings = [];
        _names = [];
    }

    /// <summary>Keeps a failure to decode, so that every later question about the assembly fails the same way instead of finding nothing.</summary>
    private FitnessKitException Fail(FitnessKitException failure) => _failure = failure;

    /// <summary>Which entries of the name table match, or <see langword="null"/> when none does. A name not read yet is made to be matched, not interned: most are never read again.</summary>
    private bool[]? MatchingNames(ref CacheReader reader, Func<TypeName, bool> match)
    {
        bool[]? matching = null;
        for (var i = 0; i < _names.Length; i++)
        {
            var name = _names[i] ?? new TypeName(StringAt(ref reader, _nameParts[i * 3]), StringAt(ref reader, _nameParts[(i * 3) + 1]), reader.StringAt(_stringOffsets[_nameParts[(i * 3) + 2]]));
            if (match(name))
            {
                matching ??= new bool[_names.Length];
                matching[i] = true;
            }
        }

        return matching;
    }

    /// <summary>Which candidates have a dependency on a matching name, read from the details in place.</summary>
    private List<InspectedType> TypesNaming(ref CacheReader reader, IReadOnlyList<InspectedType> candidates, bool[] matching)
    {
        var wanted = candidates.ToHashSet();
        var found = new List<InspectedType>();
        reader.Position = _detailsOffset;
        foreach (var type in _types)
        {
            for (var i = reader.ReadCount(); i > 0; i--)
            {
                reader.Read7BitEncodedInt();
                SkipUse(ref reader, 0);
                reader.ReadBoolean();
            }

            for (var i = reader.ReadCount(); i > 0; i--)
            {
                reader.Read7BitEncodedInt();
                reader.Read7BitEncodedInt();
                SkipUses(ref reader, 0);
                reader.Read7BitEncodedInt();
            }

            var names = false;
            for (var d = reader.ReadCount(); d > 0; d--)
            {
                names |= matching[reader.Read7BitEncodedInt()];
                reader.ReadByte();
                reader.Read7BitEncodedInt();
                reader.ReadInt32();
                reader.Read7BitEncodedInt();
            }

            if (names && wanted.Contains(type))
            {
                found.Add(type);
            }
        }

        return found;
    }

    /// <summary>Whether an exception thrown while decoding a cache file's bytes means that they cannot be decoded.</summary>
    public static bool IsDamage(Exception exception) =>
        exception is IOException or IndexOutOfRangeException or ArgumentException or InvalidDataException;

    /// <summary>The reason noted for a cache file that cannot be decoded.</summary>
    public static string Undecodable(Exception exception) => $"it cannot be decoded ({exception.Message.TrimEnd('.')})";

    /// <summary>
    /// Reads one type's details; with <paramref name="keep"/>, only the dependencies it keeps are made, into
    /// <see cref="_kept"/> (until the next type is read), and none is returned; with <paramref name="keepCallsTo"/>, only
    /// the generic calls it keeps. Every one is still read past.
    /// </summary>
    private (PropertySummary[], GenericCall[], TypeDependency[]) ReadDetails(ref CacheReader reader, InspectedType type, KeepDependency? keep = null, Func<string, bool>? keepCallsTo = null)
    {
        var properties = new PropertySummary[reader.ReadCount()];
        for (var i = 0; i < properties.Length; i++)
        {
            properties[i] = new PropertySummary(Text(ref reader), ReadUse(ref reader, 0), reader.ReadBoolean());
        }

        var callCount = reader.ReadCount();
        var calls = keepCallsTo is null ? new GenericCall[callCount] : null;
        List<GenericCall>? keptCalls = null;
        for (var i = 0; i < callCount; i++)
        {
            var declaring = Name(ref reader);
            var method = Text(ref reader);
            if (calls is not null)
            {
                calls[i] = new GenericCall(declaring, method, ReadUses(ref reader, 0), OptionalString(ref reader));
            }
            else if (keepCallsTo!(method))
            {
                (keptCalls ??= new()).Add(new GenericCall(declaring, method, ReadUses(ref reader, 0), OptionalString(ref reader)));
            }
            else
            {
                SkipUses(ref reader, 0);
                reader.Read7BitEncodedInt();
            }
        }

        var count = reader.ReadCount();
        var dependencies = keep is null ? new TypeDependency[count] : null;
        var kept = keep is null ? null : _kept;
        kept?.Clear();
        for (var d = 0; d < count; d++)
        {
            var target = Name(ref reader);
            var kindAndSurface = reader.ReadByte();
            var kind = (DependencyKind)(kindAndSurface & 0x7F);
            var isPublicSurface = (kindAndSurface & 0x80) != 0;
            var member = reader.Read7BitEncodedInt();
            var anchor = new CodeAnchor(reader.ReadInt32(), reader.Read7BitEncodedInt() - 1, type.Token);
            if (dependencies is not null)
            {
                dependencies[d] = new TypeDependency(type.Name, OptionalStringAt(ref reader, member), kind, target, isPublicSurface, anchor);
            }
            else if (keep!(target, kind, isPublicSurface))
            {
                kept!.Add(new TypeDependency(type.Name, OptionalStringAt(ref reader, member), kind, target, isPublicSurface, anchor));
            }
        }

        return (properties, calls ?? (keptCalls is null ? [] : [.. keptCalls]), dependencies ?? []);
    }

    private string? OptionalString(ref CacheReader reader) => OptionalStringAt(ref reader, reader.Read7BitEncodedInt());

    /// <summary>The string of an optional string's index as written (0 for none), read from the file the first time.</summary>
    private string? OptionalStringAt(ref CacheReader reader, int index) => index == 0 ? null : StringAt(ref reader, index - 1);

    /// <summary>Reads a string index and gives its string, read from the file the first time.</summary>
    private string Text(ref CacheReader reader) => StringAt(ref reader, reader.Read7BitEncodedInt());

    private string StringAt(ref CacheReader reader, int index) => _strings[index] ??= reader.StringAt(_stringOffsets[index]);

    private TypeName[] ReadNames(ref CacheReader reader)
    {
        var count = reader.ReadCount();
        if (count == 0)
        {
            return [];
        }

        var names = new TypeName[count];
        for (var i = 0; i < count; i++)
        {
            names[i] = Name(ref reader);
        }

        return names;
    }

    private TypeUse[] ReadUses(ref CacheReader reader, int depth)
    {
        var count = reader.ReadCount();
        if (count == 0)
        {
            return [];
        }

        var uses = new TypeUse[count];
        for (var i = 0; i < count; i++)
        {
            uses[i] = ReadUse(ref reader, depth);
        }

        return uses;
    }

    private TypeUse ReadUse(ref CacheReader reader, int depth)
    {
        if (depth >= MaxNesting)
        {
            throw new InvalidDataException("type uses nested too deeply");
        }

        var name = Name(ref reader);
        var arguments = ReadUses(ref reader, depth + 1);
        return arguments.Length == 0 ? name.Use : new TypeUse(name, arguments);
    }

    private static void SkipUses(ref CacheReader reader, int depth)
    {
        for (var i = reader.ReadCount(); i > 0; i--)
        {
            SkipUse(ref reader, depth);
        }
    }

    private static void SkipUse(ref CacheReader reader, int depth)
    {
        if (depth >= MaxNesting)
        {
            throw new InvalidDataException("type uses nested too deeply");
        }

        reader.Read7BitEncodedInt();
        SkipUses(ref reader, depth + 1);
    }

    /// <summary>Reads a name index and gives its name, interned the first time.</summary>
    private TypeName Name(ref CacheReader reader) => NameAt(ref reader, reader.Read7BitEncodedInt());

    private TypeName NameAt(ref CacheReader reader, int index) =>
        _names[index] ??= _table.Get(StringAt(ref reader, _nameParts[index * 3]), StringAt(ref reader, _nameParts[(index * 3) + 1]), StringAt(ref reader, _nameParts[(index * 3) + 2]));
}
