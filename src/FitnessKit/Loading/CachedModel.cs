using FitnessKit.Model;

namespace FitnessKit.Loading;

/// <summary>
/// Reads a <see cref="ModelCache"/> file: the type headers at once, the members and dependencies of all its types the
/// first time any of them is asked for, like an assembly read from its file.
/// </summary>
internal sealed class CachedModel : IAssemblyDecoder
{
    private readonly object _gate = new();
    private readonly string[] _strings;
    private readonly TypeName[] _names;
    private readonly InspectedType[] _types;
    private byte[]? _bytes;
    private int _detailsOffset;

    private CachedModel(byte[] bytes, string[] strings, TypeName[] names, InspectedType[] types)
    {
        _bytes = bytes;
        _strings = strings;
        _names = names;
        _types = types;
    }

    public static InspectedAssembly ReadHeaders(byte[] bytes, string magic, int version, string path, Guid mvid, TypeNameTable table)
    {
        using var reader = new BinaryReader(new MemoryStream(bytes, writable: false));
        if (new string(reader.ReadChars(4)) != magic || reader.ReadInt32() != version || new Guid(reader.ReadBytes(16)) != mvid)
        {
            throw new InvalidDataException("Not a cache file of this format and build.");
        }

        var strings = new string[reader.Read7BitEncodedInt()];
        for (var i = 0; i < strings.Length; i++)
        {
            strings[i] = reader.ReadString();
        }

        var names = new TypeName[reader.Read7BitEncodedInt()];
        for (var i = 0; i < names.Length; i++)
        {
            names[i] = table.Get(strings[reader.Read7BitEncodedInt()], strings[reader.Read7BitEncodedInt()], strings[reader.Read7BitEncodedInt()]);
        }

        var assemblyName = strings[reader.Read7BitEncodedInt()];
        var isReference = reader.ReadBoolean();
        var references = ReadList(reader, () => strings[reader.Read7BitEncodedInt()]);
        var types = new InspectedType[reader.Read7BitEncodedInt()];
        var model = new CachedModel(bytes, strings, names, types);
        for (var t = 0; t < types.Length; t++)
        {
            var name = names[reader.Read7BitEncodedInt()];
            var token = reader.ReadInt32();
            var flags = reader.ReadByte();
            types[t] = new InspectedType(name, token, new TypeShape((TypeCategory)(flags & 0x7), (flags & 0x8) != 0, (flags & 0x10) != 0, (flags & 0x20) != 0))
            {
                BaseType = reader.ReadBoolean() ? model.ReadUse(reader) : null,
                Interfaces = ReadList(reader, () => model.ReadUse(reader)),
                Attributes = ReadList(reader, () => names[reader.Read7BitEncodedInt()]),
                Decoder = model,
            };
        }

        model._detailsOffset = (int)reader.BaseStream.Position;
        return new InspectedAssembly(assemblyName, Path.GetFullPath(path), mvid, references, types, isReference);
    }

    /// <summary>Nothing to close: a cached model is read into memory.</summary>
    public void Release()
    {
    }

    /// <summary>Every type name the cached assembly's headers and dependencies use is in its name table: when none matches, no type depends on a match.</summary>
    public IReadOnlyList<InspectedType>? TypesDependingOn(IReadOnlyList<InspectedType> candidates, Func<TypeName, bool> match) =>
        Array.Exists(_names, name => match(name)) ? null : [];

    public void Decode()
    {
        lock (_gate)
        {
            if (_bytes is null)
            {
                return;
            }

            using var reader = new BinaryReader(new MemoryStream(_bytes, _detailsOffset, _bytes.Length - _detailsOffset, writable: false));
            foreach (var type in _types)
            {
                type.GenericProperties = ReadList(reader, () => new PropertySummary(_strings[reader.Read7BitEncodedInt()], ReadUse(reader), reader.ReadBoolean()));
                type.GenericCalls = ReadList(reader, () => new GenericCall(_names[reader.Read7BitEncodedInt()], _strings[reader.Read7BitEncodedInt()], ReadList(reader, () => ReadUse(reader)), OptionalString(reader)));
                var dependencies = new TypeDependency[reader.Read7BitEncodedInt()];
                for (var d = 0; d < dependencies.Length; d++)
                {
                    var target = _names[reader.Read7BitEncodedInt()];
                    var kindAndSurface = reader.ReadByte();
                    var member = OptionalString(reader);
                    var anchor = new CodeAnchor(reader.ReadInt32(), reader.Read7BitEncodedInt() - 1, type.Token);
                    dependencies[d] = new TypeDependency(type.Name, member, (DependencyKind)(kindAndSurface & 0x7F), target, (kindAndSurface & 0x80) != 0, anchor);
                }

                type.Dependencies = dependencies;
            }

            _bytes = null;
        }
    }

    private static IReadOnlyList<T> ReadList<T>(BinaryReader reader, Func<T> item)
    {
        var count = reader.Read7BitEncodedInt();
        if (count == 0)
        {
            return [];
        }

        var items = new T[count];
        for (var i = 0; i < count; i++)
        {
            items[i] = item();
        }

        return items;
    }

    private string? OptionalString(BinaryReader reader)
    {
        var index = reader.Read7BitEncodedInt();
        return index == 0 ? null : _strings[index - 1];
    }

    private TypeUse ReadUse(BinaryReader reader)
    {
        var type = _names[reader.Read7BitEncodedInt()];
        var count = reader.Read7BitEncodedInt();
        if (count == 0)
        {
            return new TypeUse(type, []);
        }

        var arguments = new TypeUse[count];
        for (var i = 0; i < count; i++)
        {
            arguments[i] = ReadUse(reader);
        }

        return new TypeUse(type, arguments);
    }
}
