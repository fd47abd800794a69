using System.Buffers.Binary;
using System.Numerics;

namespace FitnessKit;

/// <summary>
/// The 64-bit XXH64 hash of some bytes (seed 0): the checksum that seals a model cache file (<c>CacheFileSeal</c>),
/// and the one a stored answer takes of each megabyte of the files it read (<see cref="InputState"/>). Written here
/// rather than taken from System.IO.Hashing: that package ships as IL, so a warm load hashed its 313 cache files with
/// code compiled at its first calls, 21 to 44 ms of thread time on the framework map; this is compiled ahead with the
/// engine. <c>Checksum64Tests</c> holds it to System.IO.Hashing's <c>XxHash64</c>.
/// </summary>
internal static class Checksum64
{
    private const ulong Prime1 = 0x9E3779B185EBCA87UL;
    private const ulong Prime2 = 0xC2B2AE3D27D4EB4FUL;
    private const ulong Prime3 = 0x165667B19E3779F9UL;
    private const ulong Prime4 = 0x85EBCA77C2B2AE63UL;
    private const ulong Prime5 = 0x27D4EB2F165667C5UL;

    /// <summary>The hash of the bytes.</summary>
    public static ulong Of(ReadOnlySpan<byte> data)
    {
        var at = 0;
        ulong hash;
        if (data.Length >= 32)
        {
            // Four lanes over stripes of 32 bytes.
            var v1 = unchecked(Prime1 + Prime2);
            var v2 = Prime2;
            var v3 = 0UL;
            var v4 = unchecked(0UL - Prime1);
            for (; at <= data.Length - 32; at += 32)
            {
                v1 = Round(v1, Word(data, at));
                v2 = Round(v2, Word(data, at + 8));
                v3 = Round(v3, Word(data, at + 16));
                v4 = Round(v4, Word(data, at + 24));
            }

            hash = BitOperations.RotateLeft(v1, 1) + BitOperations.RotateLeft(v2, 7) + BitOperations.RotateLeft(v3, 12) + BitOperations.RotateLeft(v4, 18);
            hash = Merge(hash, v1);
            hash = Merge(hash, v2);
            hash = Merge(hash, v3);
            hash = Merge(hash, v4);
        }
        else
        {
            hash = Prime5;
        }

        hash += (ulong)data.Length;
        for (; at <= data.Length - 8; at += 8)
        {
            hash ^= Round(0, Word(data, at));
            hash = (BitOperations.RotateLeft(hash, 27) * Prime1) + Prime4;
        }

        if (at <= data.Length - 4)
        {
            hash ^= BinaryPrimitives.ReadUInt32LittleEndian(data.Slice(at, 4)) * Prime1;
            hash = (BitOperations.RotateLeft(hash, 23) * Prime2) + Prime3;
            at += 4;
        }

        for (; at < data.Length; at++)
        {
            hash ^= data[at] * Prime5;
            hash = BitOperations.RotateLeft(hash, 11) * Prime1;
        }

        hash ^= hash >> 33;
        hash *= Prime2;
        hash ^= hash >> 29;
        hash *= Prime3;
        hash ^= hash >> 32;
        return hash;
    }

    private static ulong Word(ReadOnlySpan<byte> data, int at) => BinaryPrimitives.ReadUInt64LittleEndian(data.Slice(at, 8));

    private static ulong Round(ulong accumulator, ulong input) =>
        BitOperations.RotateLeft(accumulator + (input * Prime2), 31) * Prime1;

    private static ulong Merge(ulong accumulator, ulong value) =>
        ((accumulator ^ Round(0, value)) * Prime1) + Prime4;
}
