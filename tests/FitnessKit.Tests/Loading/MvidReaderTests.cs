using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using FitnessKit.Loading;
using FitnessKit.Tests.TestSupport;
using FluentAssertions;
using Xunit;

namespace FitnessKit.Tests.Loading;

/// <summary>The MVID a warm cache trusts is the one System.Reflection.Metadata reads, and a file it cannot follow is left to the full read.</summary>
public sealed class MvidReaderTests : IDisposable
{
    private readonly TemporaryFolder _temporary = new();

    private string Folder => _temporary.Path;

    public void Dispose() => _temporary.Dispose();

    [Fact]
    public void Reads_the_mvid_that_the_metadata_reader_reads_for_every_assembly_of_the_runtime_and_the_subjects()
    {
        var runtime = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        var files = Directory.GetFiles(runtime, "*.dll")
            .Append(Repository.Subject("FitnessKit.Subjects.DependencyKinds"))
            .Append(Repository.Subject("FitnessKit.Subjects.Targets"))
            .Where(HasMetadata)
            .ToList();

        files.Should().HaveCountGreaterThan(100);
        foreach (var file in files)
        {
            MvidReader.TryRead(file, out var mvid).Should().BeTrue(file);
            mvid.Should().Be(MetadataMvid(file), file);
        }
    }

    [Fact]
    public void Gives_up_without_throwing_on_files_that_are_not_assemblies_or_are_cut_short()
    {
        var assembly = File.ReadAllBytes(Repository.Subject("FitnessKit.Subjects.Targets"));
        var nativeLibrary = Directory.GetFiles(Path.GetDirectoryName(typeof(object).Assembly.Location)!, "*.so").First();
        string[] files =
        [
            Write("empty.dll", []),
            Write("text.dll", "not an assembly"u8.ToArray()),
            Write("headers-only.dll", assembly[..300]),
            Write("first-page.dll", assembly[..4096]),
            Write("half.dll", assembly[..(assembly.Length / 2)]),
            nativeLibrary,
            Path.Combine(Folder, "missing.dll"),
        ];

        foreach (var file in files)
        {
            MvidReader.TryRead(file, out var mvid).Should().BeFalse(file);
            mvid.Should().Be(Guid.Empty);
        }
    }

    [Fact]
    public void Never_throws_on_damaged_copies_of_an_assembly_and_reads_no_other_mvid_than_the_metadata_reader()
    {
        var original = File.ReadAllBytes(Repository.Subject("FitnessKit.Subjects.Targets"));
        var random = new Random(20261202);
        var path = Path.Combine(Folder, "damaged.dll");
        for (var i = 0; i < 300; i++)
        {
            var bytes = (byte[])original.Clone();
            for (var flips = random.Next(1, 8); flips > 0; flips--)
            {
                // Mostly the headers and metadata tables at the front, where the reader looks.
                bytes[random.Next(0, random.Next(2) == 0 ? Math.Min(1024, bytes.Length) : bytes.Length)] = (byte)random.Next(256);
            }

            File.WriteAllBytes(path, bytes);
            var read = () => MvidReader.TryRead(path, out _);
            read.Should().NotThrow();
            if (MvidReader.TryRead(path, out var mvid) && MetadataMvidOrNull(path) is { } expected)
            {
                mvid.Should().Be(expected, $"damaged copy {i}");
            }
        }
    }

    private static Guid? MetadataMvidOrNull(string file)
    {
        try
        {
            return MetadataMvid(file);
        }
        catch (BadImageFormatException)
        {
            return null;
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(Folder, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private static bool HasMetadata(string file)
    {
        using var pe = new PEReader(File.OpenRead(file));
        return pe.HasMetadata;
    }

    private static Guid MetadataMvid(string file)
    {
        using var pe = new PEReader(File.OpenRead(file));
        var metadata = pe.GetMetadataReader();
        return metadata.GetGuid(metadata.GetModuleDefinition().Mvid);
    }
}
