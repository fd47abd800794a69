using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using FitnessKit.Loading;
using FluentAssertions;
using Xunit;

namespace FitnessKit.Tests.Loading;

/// <summary>
/// The member a compiler-generated name belongs to, read from the name's bytes in the metadata, is the one its string
/// gives: for every type, method and field name of this test assembly (lambdas, closures, async tests, records' backing
/// fields), a member whose name is not ASCII among them.
/// </summary>
public sealed class CompilerGeneratedNamesTests
{
    [Fact]
    public void Reads_the_same_member_from_a_names_bytes_as_from_its_string()
    {
        using var pe = new PEReader(File.OpenRead(typeof(CompilerGeneratedNamesTests).Assembly.Location));
        var metadata = pe.GetMetadataReader();
        var names = metadata.TypeDefinitions.Select(h => metadata.GetTypeDefinition(h).Name)
            .Concat(metadata.MethodDefinitions.Select(h => metadata.GetMethodDefinition(h).Name))
            .Concat(metadata.FieldDefinitions.Select(h => metadata.GetFieldDefinition(h).Name))
            .ToList();

        var members = names.Select(n => (Name: metadata.GetString(n), Member: CompilerGeneratedNames.UserMemberOf(metadata, n), Owner: CompilerGeneratedNames.BackingFieldOwner(metadata, n))).ToList();

        members.Should().Contain(m => m.Member == nameof(Größe), "a lambda in a method named outside ASCII names it");
        members.Should().Contain(m => m.Owner == nameof(Label), "an auto-property's backing field names it");
        members.Where(m => m.Member is not null).Should().HaveCountGreaterThan(100);
        foreach (var (name, member, owner) in members)
        {
            member.Should().Be(CompilerGeneratedNames.UserMemberOf(name), "the member of {0}", name);
            owner.Should().Be(CompilerGeneratedNames.BackingFieldOwner(name), "the property {0} backs", name);
        }
    }

    [Fact]
    public void Reads_no_member_from_a_nil_name()
    {
        using var pe = new PEReader(File.OpenRead(typeof(CompilerGeneratedNamesTests).Assembly.Location));
        var metadata = pe.GetMetadataReader();

        CompilerGeneratedNames.UserMemberOf(metadata, default(StringHandle)).Should().BeNull();
        CompilerGeneratedNames.BackingFieldOwner(metadata, default(StringHandle)).Should().BeNull();
    }

    private static string Label { get; set; } = "label";

    private static int Größe(IEnumerable<int> values) => values.Count(v => v > Label.Length);
}
