using System.Text;
using FitnessKit.Model;

namespace FitnessKit.Loading;

/// <summary>
/// Reads a <see cref="ModelCache"/> file: the type headers at once, the members and dependencies of all its types the
/// first time any of them is asked for, like an assembly read from its file. The file stays memory-mapped, as
/// assemblies do, until then, and is read in place: only the strings and objects of the model are made from it.
/// </summary>
internal sealed class CachedModel : IAssemblyDecoder
{
    private readonly object _gate = new();
    private readonly string?[] _strings;
    private readonly int[] _stringOffsets;
    private readonly TypeName?[] _names;
    private readonly int[] _nameParts;
    private readonly TypeNameTable _table;
    private readonly string _file;
    private readonly int _length;
    private InspectedType[] _types = [];
    private MappedBytes? _bytes;
    private int _detailsOffset;

    private CachedModel(MappedBytes bytes, string file, int length, int[] stringOffsets, int[] nameParts, TypeNameTable table)
    {
        _nameParts = nameParts;
        _table = table;
        _stringOffsets = stringOffsets;
        _bytes = bytes;
        _file = file;
        _length = length;
        _strings = new string?[stringOffsets.Length];
        _names = new TypeName?[nameParts.Length / 3];
    }

    /// <summary>Reads the headers of a mapped cache file; the model owns the map from then on.</summary>
    public static InspectedAssembly ReadHeaders(MappedBytes bytes, string file, int length, string magic, int version, string path, Guid mvid, TypeNameTable table)
    {
        var reader = new CacheReader(bytes.Span[..length]);
        if (Encoding.ASCII.GetString(reader.Take(4)) != magic || reader.ReadInt32() != version || new Guid(reader.Take(16)) != mvid)
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

        var model = new CachedModel(bytes, file, length, stringOffsets, nameParts, table);
        var assemblyName = model.Text(ref reader);
        var isReference = reader.ReadBoolean();
        var references = new string[reader.ReadCount()];
        for (var i = 0; i < references.Length; i++)
        {
            references[i] = model.Text(ref reader);
        }

        var types = model._types = new InspectedType[reader.ReadCount()];
        for (var t = 0; t < types.Length; t++)
        {
            var name = model.Name(ref reader);
            var token = reader.ReadInt32();
            var flags = reader.ReadByte();
            var type = new InspectedType(name, token, new TypeShape((TypeCategory)(flags & 0x7), (flags & 0x8) != 0, (flags & 0x10) != 0, (flags & 0x20) != 0))
            {
                BaseType = reader.ReadBoolean() ? model.ReadUse(ref reader) : null,
                Decoder = model,
            };
            type.Interfaces = model.ReadUses(ref reader);
            type.Attributes = model.ReadNames(ref reader);
            types[t] = type;
        }

        model._detailsOffset = reader.Position;
        return new InspectedAssembly(assemblyName, Path.GetFullPath(path), mvid, references, types, isReference);
    }

    /// <summary>Closes the mapped file without reading the details.</summary>
    public void Release()
    {
        lock (_gate)
        {
            _bytes?.Dispose();
            _bytes = null;
        }
    }

    /// <summary>Every type name the cached assembly's headers and dependencies use is in its name table: when none matches, no type depends on a match.</summary>
    public IReadOnlyList<InspectedType>? TypesDependingOn(IReadOnlyList<InspectedType> candidates, Func<TypeName, bool> match) =>
        AllNames().Exists(name => match(name)) ? null : [];

    /// <summary>Every name of the table, read now if the file is still open.</summary>
    private List<TypeName> AllNames()
    {
        lock (_gate)
        {
            if (_bytes is null)
            {
                return [.. _names.OfType<TypeName>()];
            }

            try
            {
                var reader = new CacheReader(_bytes.Span[.._length]);
                var names = new List<TypeName>(_names.Length);
                for (var i = 0; i < _names.Length; i++)
                {
                    names.Add(NameAt(ref reader, i));
                }

                return names;
            }
            catch (Exception exception) when (IsDamage(exception))
            {
                throw Damaged(exception);
            }
        }
    }

    public void Decode()
    {
        lock (_gate)
        {
            if (_bytes is null)
            {
                return;
            }

            try
            {
                var reader = new CacheReader(_bytes.Span[.._length]) { Position = _detailsOffset };
                foreach (var type in _types)
                {
                    ReadDetails(ref reader, type);
                }
            }
            catch (Exception exception) when (IsDamage(exception))
            {
                throw Damaged(exception);
            }
            finally
            {
                _bytes.Dispose();
                _bytes = null;
            }
        }
    }

    private static bool IsDamage(Exception exception) =>
        exception is IOException or IndexOutOfRangeException or ArgumentException or InvalidDataException or UnauthorizedAccessException;

    private FitnessKitException Damaged(Exception exception) =>
        new($"{_file}: a damaged cache file ({exception.Message.TrimEnd('.')}). Delete the cache folder {Path.GetDirectoryName(_file)} and run again.", exception);

    private void ReadDetails(ref CacheReader reader, InspectedType type)
    {
        var properties = new PropertySummary[reader.ReadCount()];
        for (var i = 0; i < properties.Length; i++)
        {
            properties[i] = new PropertySummary(Text(ref reader), ReadUse(ref reader), reader.ReadBoolean());
        }

        var calls = new GenericCall[reader.ReadCount()];
        for (var i = 0; i < calls.Length; i++)
        {
            calls[i] = new GenericCall(Name(ref reader), Text(ref reader), ReadUses(ref reader), OptionalString(ref reader));
        }

        var dependencies = new TypeDependency[reader.ReadCount()];
        for (var d = 0; d < dependencies.Length; d++)
        {
            var target = Name(ref reader);
            var kindAndSurface = reader.ReadByte();
            var member = OptionalString(ref reader);
            var anchor = new CodeAnchor(reader.ReadInt32(), reader.Read7BitEncodedInt() - 1, type.Token);
            dependencies[d] = new TypeDependency(type.Name, member, (DependencyKind)(kindAndSurface & 0x7F), target, (kindAndSurface & 0x80) != 0, anchor);
        }

        type.GenericProperties = properties;
        type.GenericCalls = calls;
        type.Dependencies = dependencies;
    }

    private string? OptionalString(ref CacheReader reader)
    {
        var index = reader.Read7BitEncodedInt();
        return index == 0 ? null : StringAt(ref reader, index - 1);
    }

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

    private TypeUse[] ReadUses(ref CacheReader reader)
    {
        var count = reader.ReadCount();
        if (count == 0)
        {
            return [];
        }

        var uses = new TypeUse[count];
        for (var i = 0; i < count; i++)
        {
            uses[i] = ReadUse(ref reader);
        }

        return uses;
    }

    private TypeUse ReadUse(ref CacheReader reader) => new(Name(ref reader), ReadUses(ref reader));

    /// <summary>Reads a name index and gives its name, interned the first time.</summary>
    private TypeName Name(ref CacheReader reader) => NameAt(ref reader, reader.Read7BitEncodedInt());

    private TypeName NameAt(ref CacheReader reader, int index) =>
        _names[index] ??= _table.Get(StringAt(ref reader, _nameParts[index * 3]), StringAt(ref reader, _nameParts[(index * 3) + 1]), StringAt(ref reader, _nameParts[(index * 3) + 2]));
}
