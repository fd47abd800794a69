using FitnessKit.Loading;
using FitnessKit.Tests.TestSupport;
using FluentAssertions;
using Xunit;

namespace FitnessKit.Tests.Loading;

/// <summary>
/// The bytes of a cache file: held from loading to decoding within the cache's budget, or let go and read again when
/// asked, into arrays the pool lends and takes back once the reading is done. A file read again must be the one loaded,
/// to the byte.
/// </summary>
public sealed class CacheFileBytesTests
{
    [Fact]
    public void Bytes_read_again_go_when_done_and_are_read_again_from_the_file_as_it_is_then()
    {
        using var folder = new TemporaryFolder();
        var file = Sealed(folder.Path, "first content");
        var content = Loaded(file, lend: true);
        content.LetGo();

        var readAgain = content.Read();
        readAgain.Should().NotBeNull();
        Text(readAgain!, content.Length).Should().Be("first content");
        content.Done();
        Sealed(folder.Path, "other content");

        content.Read().Should().BeNull("done with, the bytes went, and the file is another now");
    }

    [Fact]
    public void Bytes_held_stay_when_a_reading_is_done()
    {
        using var folder = new TemporaryFolder();
        var file = Sealed(folder.Path, "first content");
        var content = Loaded(file, lend: false);

        content.Done();
        Sealed(folder.Path, "other content");

        Text(content.Read()!, content.Length).Should().Be("first content", "held bytes are kept until let go");
    }

    [Fact]
    public void A_file_cut_short_or_replaced_since_loading_gives_nothing()
    {
        using var folder = new TemporaryFolder();
        var file = Sealed(folder.Path, "first content");
        var content = Loaded(file, lend: true);
        content.LetGo();
        File.WriteAllBytes(file, File.ReadAllBytes(file)[..5]);

        content.Read().Should().BeNull();
    }

    private static CacheFileBytes Loaded(string file, bool lend)
    {
        var (bytes, length) = CacheFileBytes.ReadFile(file, lend);
        CacheFileSeal.Check(bytes.AsSpan(0, length), out var contentLength).Should().BeNull();
        return new CacheFileBytes(file, bytes, contentLength, lend);
    }

    private static string Sealed(string folder, string text)
    {
        var file = Path.Combine(folder, "model.fkmc");
        using (var stream = File.Create(file))
        {
            CacheFileSeal.Write(stream, System.Text.Encoding.UTF8.GetBytes(text));
        }

        return file;
    }

    private static string Text(byte[] bytes, int length) => System.Text.Encoding.UTF8.GetString(bytes, 0, length);
}
