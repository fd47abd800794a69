using System.IO.Hashing;
using FitnessKit.Loading;
using FluentAssertions;
using Xunit;

namespace FitnessKit.Tests.Loading;

/// <summary>The cache files' checksum is XXH64 as System.IO.Hashing computes it, at every length and alignment.</summary>
public sealed class Checksum64Tests
{
    [Fact]
    public void Gives_what_System_IO_Hashing_gives_for_every_length_up_to_three_stripes_and_beyond()
    {
        var random = new Random(20261206);
        var bytes = new byte[70_001];
        random.NextBytes(bytes);

        foreach (var length in Enumerable.Range(0, 100).Concat([127, 128, 129, 1_000, 4_096, 65_537, 70_000]))
        {
            foreach (var offset in new[] { 0, 1, 3, 7 }.Where(o => o + length <= bytes.Length))
            {
                var data = bytes.AsSpan(offset, length);

                Checksum64.Of(data).Should().Be(XxHash64.HashToUInt64(data), "{0} bytes from offset {1}", length, offset);
            }
        }
    }

    [Fact]
    public void Tells_apart_a_flipped_bit_a_run_of_zeros_and_a_byte_more()
    {
        var bytes = new byte[4_096];
        new Random(7).NextBytes(bytes);
        var sealedHash = Checksum64.Of(bytes);

        var flipped = (byte[])bytes.Clone();
        flipped[2_000] ^= 0x10;
        var zeroed = (byte[])bytes.Clone();
        Array.Clear(zeroed, 1_024, 64);

        Checksum64.Of(flipped).Should().NotBe(sealedHash);
        Checksum64.Of(zeroed).Should().NotBe(sealedHash);
        Checksum64.Of([.. bytes, 0]).Should().NotBe(sealedHash);
        Checksum64.Of(bytes.AsSpan(0, bytes.Length - 1)).Should().NotBe(sealedHash);
    }
}
