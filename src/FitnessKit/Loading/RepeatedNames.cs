using System.Reflection.Metadata;
using System.Text;

namespace FitnessKit.Loading;

/// <summary>
/// Turns the names an assembly's metadata holds into strings, and hands out the same string again for a name it made a
/// moment ago: an assembly names the same members over and over (<c>.ctor</c>, <c>get_Id</c>, <c>Equals</c>, the same
/// namespaces), and the decoder asks for each name of each type it scans. Without this, every ask makes a new string,
/// which was the largest share of what decoding allocated (211 MB of 796 MB on synthetic-200x385v3).
/// </summary>
/// <remarks>
/// One for the process, shared by every metadata reader: assemblies repeat each other's names too (namespaces, the
/// framework's types, <c>.ctor</c>). The names remembered are kept in a table of fixed size, one slot per hash of the
/// name's bytes, so memory stays the same whatever the code base's size; a slot's string is handed out only when its
/// characters are the name's bytes, so a race between two threads or two names with one hash costs a new string, never
/// a wrong one. Only ASCII names are remembered, as comparing them needs no decoding; the others are decoded each time.
/// </remarks>
internal sealed class RepeatedNames : MetadataStringDecoder
{
    private const int Slots = 1 << 14;

    private static readonly RepeatedNames Shared = new();

    private readonly string?[] _recent = new string?[Slots];

    internal RepeatedNames()
        : base(Encoding.UTF8)
    {
    }

    /// <summary>Opens an assembly's metadata with the decoder that remembers names.</summary>
    public static MetadataReader ReaderOf(System.Reflection.PortableExecutable.PEReader pe) =>
        pe.GetMetadataReader(MetadataReaderOptions.Default, Shared);

    /// <summary>The string of a name's UTF-8 bytes, from the table every metadata reader shares.</summary>
    public static string Of(ReadOnlySpan<byte> bytes) => Shared.Name(bytes);

    public override unsafe string GetString(byte* bytes, int byteCount) => Name(new ReadOnlySpan<byte>(bytes, byteCount));

    /// <summary>The string of a name's UTF-8 bytes: the one made for the same bytes last time, when it is still in its slot.</summary>
    internal string Name(ReadOnlySpan<byte> bytes)
    {
        // FNV-1a over the bytes; their OR says whether the name is ASCII.
        var hash = 2166136261u;
        var any = 0;
        foreach (var b in bytes)
        {
            hash = (hash ^ b) * 16777619u;
            any |= b;
        }

        if (any >= 0x80)
        {
            return Encoding.UTF8.GetString(bytes);
        }

        ref var slot = ref _recent[(int)(hash & (Slots - 1))];
        var known = Volatile.Read(ref slot);
        if (known is not null && SameAscii(known, bytes))
        {
            return known;
        }

        var made = Encoding.ASCII.GetString(bytes);
        Volatile.Write(ref slot, made);
        return made;
    }

    private static bool SameAscii(string known, ReadOnlySpan<byte> bytes)
    {
        if (known.Length != bytes.Length)
        {
            return false;
        }

        for (var i = 0; i < bytes.Length; i++)
        {
            if (known[i] != bytes[i])
            {
                return false;
            }
        }

        return true;
    }
}
