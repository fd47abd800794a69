using System.Buffers.Binary;

namespace FitnessKit.Loading;

/// <summary>
/// What closes every <see cref="ModelCache"/> file: a checksum of all that comes before it (XXH64, <see cref="Checksum64"/>), then a
/// trailer. A file is decoded only when both are whole: a file cut short, grown, or damaged anywhere in place (a run of
/// zero bytes, a flipped bit) is found before a single fact is read from it.
/// </summary>
internal static class CacheFileSeal
{
    private const int ChecksumLength = 8;

    /// <summary>How many bytes the seal adds after the content.</summary>
    public const int Length = ChecksumLength + 4;

    private static ReadOnlySpan<byte> Trailer => "FKND"u8;

    /// <summary>Writes the content, then its seal.</summary>
    public static void Write(Stream stream, ReadOnlySpan<byte> content)
    {
        Span<byte> seal = stackalloc byte[Length];
        BinaryPrimitives.WriteUInt64LittleEndian(seal, Checksum64.Of(content));
        Trailer.CopyTo(seal[ChecksumLength..]);
        stream.Write(content);
        stream.Write(seal);
    }

    /// <summary>Why a file's content cannot be trusted, or <see langword="null"/> when its seal is whole and its checksum matches.</summary>
    /// <param name="file">The whole file.</param>
    /// <param name="contentLength">The length of the content before the seal, when it can be trusted.</param>
    public static string? Check(ReadOnlySpan<byte> file, out int contentLength)
    {
        contentLength = file.Length - Length;
        if (contentLength < 0 || !file.EndsWith(Trailer))
        {
            return "it does not end with its trailer (cut short, or bytes were added after its end)";
        }

        return Checksum64.Of(file[..contentLength]) == BinaryPrimitives.ReadUInt64LittleEndian(file.Slice(contentLength, ChecksumLength))
            ? null
            : "its checksum does not match its content";
    }
}
