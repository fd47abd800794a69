using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using FitnessKit.ContextMapping;
using FitnessKit.Evaluation;
using FitnessKit.Inspection;
using FitnessKit.Tests.TestSupport;
using FluentAssertions;
using Xunit;

namespace FitnessKit.Tests.Loading;

/// <summary>
/// Method bodies are decoded on first use, after loading succeeded: an assembly whose headers read fine but whose
/// code is damaged must still end in one clear <see cref="FitnessKitException"/> naming the file, never a raw exception.
/// </summary>
public sealed class CorruptMethodBodyTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("fitnesskit-corrupt-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void A_call_to_a_member_that_does_not_exist_is_reported_naming_the_file()
    {
        var path = WriteWithBrokenCall();
        var codeBase = CodeBase.Load(AssemblySource.Files(path));

        var error = FluentActions.Invoking(() => codeBase.Types.SelectMany(t => t.Dependencies).ToList())
            .Should().Throw<FitnessKitException>().Which;

        error.Message.Should().StartWith($"{path}: not a readable .NET assembly");
    }

    [Fact]
    public void A_check_over_a_damaged_assembly_fails_with_one_clear_exception()
    {
        var path = WriteWithBrokenCall();
        var map = ContextMap.Define().Context("Scenarios", c => c.Assemblies("FitnessKit.Subjects.DependencyKinds")).Build();

        FluentActions.Invoking(() => FitnessCheck.Evaluate(AssemblySource.Files(path), map))
            .Should().Throw<FitnessKitException>().WithMessage($"{path}: not a readable .NET assembly*");
    }

    /// <summary>Copies a subject and points the first <c>call</c> of a method body at a member-reference row that does not exist.</summary>
    private string WriteWithBrokenCall()
    {
        var source = Repository.Subject("FitnessKit.Subjects.DependencyKinds");
        var bytes = File.ReadAllBytes(source);
        using (var pe = new PEReader(new MemoryStream(bytes)))
        {
            var metadata = pe.GetMetadataReader();
            foreach (var handle in metadata.MethodDefinitions)
            {
                var rva = metadata.GetMethodDefinition(handle).RelativeVirtualAddress;
                if (rva == 0)
                {
                    continue;
                }

                var body = pe.GetMethodBody(rva);
                var il = body.GetILBytes()!;
                var section = pe.PEHeaders.SectionHeaders.First(s => rva >= s.VirtualAddress && rva < s.VirtualAddress + s.VirtualSize);
                var start = rva - section.VirtualAddress + section.PointerToRawData + body.Size - il.Length;
                for (var i = 0; i + 4 < il.Length; i++)
                {
                    if (il[i] == 0x28 && il[i + 4] == 0x0A)
                    {
                        bytes[start + i + 1] = 0xFF;
                        bytes[start + i + 2] = 0xFF;
                        bytes[start + i + 3] = 0x00;
                        var path = Path.Combine(_folder, "FitnessKit.Subjects.DependencyKinds.dll");
                        File.WriteAllBytes(path, bytes);
                        return path;
                    }
                }
            }
        }

        throw new InvalidOperationException("No call to a member reference found in the subject.");
    }
}
