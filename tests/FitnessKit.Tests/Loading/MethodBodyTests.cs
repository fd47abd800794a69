using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using FitnessKit.Loading;
using FitnessKit.Tests.TestSupport;
using FluentAssertions;
using Xunit;

namespace FitnessKit.Tests.Loading;

/// <summary>
/// The decoder reads method bodies in place instead of through System.Reflection.Metadata's <c>MethodBodyBlock</c>.
/// Both must read the same IL, locals and exception clauses from every body, tiny and fat, small and fat clause tables;
/// the runtime's own libraries have every shape of body there is.
/// </summary>
public sealed class MethodBodyTests
{
    public static TheoryData<string> Assemblies()
    {
        var runtime = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        var data = new TheoryData<string>();
        foreach (var name in new[] { "System.Private.CoreLib", "System.Linq", "System.Net.Http", "System.Text.Json", "System.Private.Xml" })
        {
            data.Add(Path.Combine(runtime, name + ".dll"));
        }

        data.Add(Repository.Subject("FitnessKit.Subjects.DependencyKinds"));
        return data;
    }

    [Theory]
    [MemberData(nameof(Assemblies))]
    public void Every_body_reads_as_the_metadata_library_reads_it(string path)
    {
        using var pe = new PEReader(File.OpenRead(path));
        var metadata = pe.GetMetadataReader();
        int bodies = 0, fat = 0, clauses = 0, filters = 0;
        foreach (var handle in metadata.MethodDefinitions)
        {
            var rva = metadata.GetMethodDefinition(handle).RelativeVirtualAddress;
            if (rva == 0)
            {
                continue;
            }

            var expected = pe.GetMethodBody(rva);
            var actual = MethodBody.Read(pe, rva);
            bodies++;
            fat += expected.Size > expected.GetILBytes()!.Length + 1 ? 1 : 0;

            Read(actual.GetILReader()).Should().Equal(expected.GetILBytes());
            actual.LocalSignature.Should().Be(expected.LocalSignature);
            actual.MaxStack.Should().Be(expected.MaxStack);
            var read = new List<ExceptionClause>();
            foreach (var clause in actual.Clauses)
            {
                read.Add(clause);
            }

            read.Should().Equal(expected.ExceptionRegions.Select(r => new ExceptionClause(r.Kind, r.HandlerOffset, r.FilterOffset, r.CatchType)));
            clauses += read.Count;
            filters += read.Count(c => c.Kind == ExceptionRegionKind.Filter);
        }

        bodies.Should().BePositive();
        fat.Should().BePositive("some bodies have a fat header");
        clauses.Should().BePositive("some bodies catch or clean up");
        if (Path.GetFileNameWithoutExtension(path) == "System.Private.CoreLib")
        {
            filters.Should().BePositive("the core library has exception filters");
        }
    }

    [Fact]
    public void A_header_of_neither_format_is_a_damaged_image()
    {
        var (bytes, offset, rva) = FirstBody(Repository.Subject("FitnessKit.Subjects.DependencyKinds"));
        bytes[offset] = (byte)((bytes[offset] & ~0x3) | 0x1);

        using var pe = new PEReader(new MemoryStream(bytes));

        FluentActions.Invoking(() => MethodBody.Read(pe, rva)).Should().Throw<BadImageFormatException>();
    }

    [Fact]
    public void A_body_longer_than_its_section_is_a_damaged_image()
    {
        var (bytes, offset, rva) = FirstBody(Repository.Subject("FitnessKit.Subjects.DependencyKinds"), fat: true);
        BitConverter.GetBytes(int.MaxValue).CopyTo(bytes, offset + 4);

        using var pe = new PEReader(new MemoryStream(bytes));

        FluentActions.Invoking(() => MethodBody.Read(pe, rva)).Should().Throw<BadImageFormatException>();
    }

    private static byte[] Read(BlobReader reader) => reader.ReadBytes(reader.RemainingBytes);

    /// <summary>The file's bytes, and the file offset and RVA of its first method body (of the fat format when asked).</summary>
    private static (byte[] Bytes, int Offset, int Rva) FirstBody(string path, bool fat = false)
    {
        var bytes = File.ReadAllBytes(path);
        using var pe = new PEReader(new MemoryStream(bytes));
        var metadata = pe.GetMetadataReader();
        foreach (var handle in metadata.MethodDefinitions)
        {
            var rva = metadata.GetMethodDefinition(handle).RelativeVirtualAddress;
            var section = pe.PEHeaders.SectionHeaders.FirstOrDefault(s => rva >= s.VirtualAddress && rva < s.VirtualAddress + s.VirtualSize);
            var offset = rva - section.VirtualAddress + section.PointerToRawData;
            if (rva != 0 && (!fat || (bytes[offset] & 0x3) == 0x3))
            {
                return (bytes, offset, rva);
            }
        }

        throw new InvalidOperationException($"{path} has no method body{(fat ? " of the fat format" : string.Empty)}.");
    }
}
