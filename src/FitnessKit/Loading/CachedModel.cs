using System.IO.MemoryMappedFiles;
using System.Text;
using FitnessKit.Model;

namespace FitnessKit.Loading;

/// <summary>
/// Reads a <see cref="ModelCache"/> file: the type headers at once, the members and dependencies of all its types the
/// first time any of them is asked for, like an assembly read from its file. The file is memory-mapped, as assemblies
/// are, until then: nothing of it is copied into memory that the runtime must collect.
/// </summary>
internal sealed class CachedModel : IAssemblyDecoder
{
    private readonly object _gate = new();
    private readonly string?[] _strings;
    private readonly int[] _stringOffsets;
    private readonly TypeName[] _names;
    private readonly string _file;
    private readonly long _length;
    private InspectedType[] _types = [];
    private MemoryMappedFile? _map;
    private int _detailsOffset;

    private CachedModel(MemoryMappedFile map, string file, long length, int[] stringOffsets, TypeName[] names)
    {
        _stringOffsets = stringOffsets;
        _map = map;
        _file = file;
        _length = length;
        _strings = new string?[stringOffsets.Length];
        _names = names;
    }

    /// <summary>Reads the headers of a mapped cache file; the model owns the map from then on.</summary>
    public static InspectedAssembly ReadHeaders(MemoryMappedFile map, string file, long length, string magic, int version, string path, Guid mvid, TypeNameTable table)
    {
        using var view = MappedBytes.Open(map, 0, length);
        var reader = new CacheReader(view.Span);
        if (Encoding.ASCII.GetString(reader.Take(4)) != magic || reader.ReadInt32() != version || new Guid(reader.Take(16)) != mvid)
        {
            throw new InvalidDataException("Not a cache file of this format and build.");
        }

        // Strings are read when first used: member names wait until the details are.
        var stringOffsets = new int[reader.Read7BitEncodedInt()];
        for (var i = 0; i < stringOffsets.Length; i++)
        {
            stringOffsets[i] = reader.SkipString();
        }

        var names = new TypeName[reader.Read7BitEncodedInt()];
        var model = new CachedModel(map, file, length, stringOffsets, names);
        for (var i = 0; i < names.Length; i++)
        {
            names[i] = table.Get(model.Text(ref reader), model.Text(ref reader), model.Text(ref reader));
        }

        var assemblyName = model.Text(ref reader);
        var isReference = reader.ReadBoolean();
        var references = new string[reader.Read7BitEncodedInt()];
        for (var i = 0; i < references.Length; i++)
        {
            references[i] = model.Text(ref reader);
        }

        var types = model._types = new InspectedType[reader.Read7BitEncodedInt()];
        for (var t = 0; t < types.Length; t++)
        {
            var name = names[reader.Read7BitEncodedInt()];
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
            _map?.Dispose();
            _map = null;
        }
    }

    /// <summary>Every type name the cached assembly's headers and dependencies use is in its name table: when none matches, no type depends on a match.</summary>
    public IReadOnlyList<InspectedType>? TypesDependingOn(IReadOnlyList<InspectedType> candidates, Func<TypeName, bool> match) =>
        Array.Exists(_names, name => match(name)) ? null : [];

    public void Decode()
    {
        lock (_gate)
        {
            if (_map is null)
            {
                return;
            }

            try
            {
                using var view = MappedBytes.Open(_map, 0, _length);
                var reader = new CacheReader(view.Span) { Position = _detailsOffset };
                foreach (var type in _types)
                {
                    ReadDetails(ref reader, type);
                }
            }
            catch (Exception exception) when (exception is IOException or IndexOutOfRangeException or ArgumentException or InvalidDataException or UnauthorizedAccessException)
            {
                throw new FitnessKitException($"{_file}: a damaged cache file ({exception.Message.TrimEnd('.')}). Delete the cache folder {Path.GetDirectoryName(_file)} and run again.", exception);
            }
            finally
            {
                _map.Dispose();
                _map = null;
            }
        }
    }

    private void ReadDetails(ref CacheReader reader, InspectedType type)
    {
        var properties = new PropertySummary[reader.Read7BitEncodedInt()];
        for (var i = 0; i < properties.Length; i++)
        {
            properties[i] = new PropertySummary(Text(ref reader), ReadUse(ref reader), reader.ReadBoolean());
        }

        var calls = new GenericCall[reader.Read7BitEncodedInt()];
        for (var i = 0; i < calls.Length; i++)
        {
            calls[i] = new GenericCall(_names[reader.Read7BitEncodedInt()], Text(ref reader), ReadUses(ref reader), OptionalString(ref reader));
        }

        var dependencies = new TypeDependency[reader.Read7BitEncodedInt()];
        for (var d = 0; d < dependencies.Length; d++)
        {
            var target = _names[reader.Read7BitEncodedInt()];
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
        var count = reader.Read7BitEncodedInt();
        if (count == 0)
        {
            return [];
        }

        var names = new TypeName[count];
        for (var i = 0; i < count; i++)
        {
            names[i] = _names[reader.Read7BitEncodedInt()];
        }

        return names;
    }

    private TypeUse[] ReadUses(ref CacheReader reader)
    {
        var count = reader.Read7BitEncodedInt();
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

    private TypeUse ReadUse(ref CacheReader reader) => new(_names[reader.Read7BitEncodedInt()], ReadUses(ref reader));
}
