namespace FitnessKit.Loading;

/// <summary>
/// Reads what <see cref="BinaryWriter"/> wrote (7-bit encoded counts, length-prefixed UTF-8 strings) straight from a
/// span of a cache file's bytes: no stream, no copy. Reading past the end throws
/// <see cref="EndOfStreamException"/>, as <see cref="BinaryReader"/> does.
/// </summary>
internal ref struct CacheReader(ReadOnlySpan<byte> data)
{
    private readonly ReadOnlySpan<byte> _data = data;

    public int Position { get; set; }

    public byte ReadByte() => Position < _data.Length ? _data[Position++] : throw new EndOfStreamException("the cache file ends early");

    public bool ReadBoolean() => ReadByte() != 0;

    public int ReadInt32()
    {
        var value = BitConverter.ToInt32(Take(4));
        return BitConverter.IsLittleEndian ? value : System.Buffers.Binary.BinaryPrimitives.ReverseEndianness(value);
    }

    public ReadOnlySpan<byte> Take(int count)
    {
        if (count < 0 || count > _data.Length - Position)
        {
            throw new EndOfStreamException("the cache file ends early");
        }

        var span = _data.Slice(Position, count);
        Position += count;
        return span;
    }

    public int Read7BitEncodedInt()
    {
        var result = 0;
        for (var shift = 0; shift < 35; shift += 7)
        {
            var b = ReadByte();
            result |= (b & 0x7F) << shift;
            if ((b & 0x80) == 0)
            {
                return result >= 0 ? result : throw new InvalidDataException("a negative count in the cache file");
            }
        }

        throw new InvalidDataException("a count of more than five bytes in the cache file");
    }

    /// <summary>Reads the count of a list whose items take at least <paramref name="bytesEach"/> bytes each: a damaged count larger than the rest of the file is an error, not an allocation of gigabytes.</summary>
    public int ReadCount(int bytesEach = 1)
    {
        var count = Read7BitEncodedInt();
        return count <= (_data.Length - Position) / bytesEach ? count : throw new InvalidDataException("a count larger than the cache file");
    }

    /// <summary>
    /// Reads a string, the one made a moment ago for the same bytes when there is one (<see cref="RepeatedNames"/>): the
    /// cache files of a code base repeat each other's namespaces, assembly and type names, as the assemblies do.
    /// </summary>
    public string ReadString() => RepeatedNames.Of(Take(Read7BitEncodedInt()));

    /// <summary>Steps over a string, returning where it starts, to be read later with <see cref="StringAt"/>.</summary>
    public int SkipString()
    {
        var start = Position;
        Take(Read7BitEncodedInt());
        return start;
    }

    /// <summary>Reads the string that starts at an offset, leaving the position where it was.</summary>
    public string StringAt(int offset)
    {
        var position = Position;
        Position = offset;
        var text = ReadString();
        Position = position;
        return text;
    }
}
