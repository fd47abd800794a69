using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Text;
using FitnessKit.Loading;
using FluentAssertions;
using Xunit;

namespace FitnessKit.Tests.Loading;

/// <summary>
/// Metadata names are turned into strings by a decoder that hands out the string it made a moment ago for the same
/// bytes. It must never hand out a wrong one: not for another name in the same slot, not for a name that is not ASCII,
/// not when threads share it.
/// </summary>
public sealed class RepeatedNamesTests
{
    [Fact]
    public void The_same_name_twice_is_one_string()
    {
        var names = new RepeatedNames();

        var first = names.Name("get_Id"u8);
        var second = names.Name("get_Id"u8);

        second.Should().Be("get_Id").And.BeSameAs(first);
    }

    /// <summary>Thousands of names in a table of a few thousand slots: many share a slot, and each must come back as itself.</summary>
    [Fact]
    public void Names_that_share_a_slot_each_come_back_as_themselves()
    {
        var names = new RepeatedNames();
        var written = Enumerable.Range(0, 50_000).Select(i => $"Member{i}").ToList();

        foreach (var name in written.Concat(written).Concat(Enumerable.Reverse(written)))
        {
            names.Name(Encoding.UTF8.GetBytes(name)).Should().Be(name);
        }
    }

    [Fact]
    public void A_name_that_is_not_ascii_is_decoded_each_time()
    {
        var names = new RepeatedNames();
        var bytes = Encoding.UTF8.GetBytes("Größe");

        var first = names.Name(bytes);
        var second = names.Name(bytes);

        first.Should().Be("Größe");
        second.Should().Be("Größe").And.NotBeSameAs(first);
    }

    [Fact]
    public void Threads_that_share_the_decoder_each_get_their_own_names()
    {
        var names = new RepeatedNames();
        var wrong = 0;

        Parallel.For(0, 8, thread =>
        {
            for (var i = 0; i < 20_000; i++)
            {
                var name = $"T{thread}N{i % 3_000}";
                if (names.Name(Encoding.UTF8.GetBytes(name)) != name)
                {
                    Interlocked.Increment(ref wrong);
                }
            }
        });

        wrong.Should().Be(0);
    }

    /// <summary>Every name of a real assembly, read through the decoder, is the name the runtime's own decoder reads.</summary>
    [Fact]
    public void A_reader_with_the_decoder_reads_every_name_of_an_assembly_as_the_default_reader_does()
    {
        using var pe = new PEReader(File.OpenRead(typeof(FitnessKit.Inspection.CodeBase).Assembly.Location));
        var plain = pe.GetMetadataReader();
        var remembering = RepeatedNames.ReaderOf(pe);
        string[] Names(MetadataReader reader) =>
        [
            .. reader.TypeDefinitions.Select(h => reader.GetTypeDefinition(h)).SelectMany(t => new[] { reader.GetString(t.Namespace), reader.GetString(t.Name) }),
            .. reader.MethodDefinitions.Select(h => reader.GetString(reader.GetMethodDefinition(h).Name)),
            .. reader.MemberReferences.Select(h => reader.GetString(reader.GetMemberReference(h).Name)),
            .. reader.TypeReferences.Select(h => reader.GetString(reader.GetTypeReference(h).Name)),
        ];

        var expected = Names(plain);

        expected.Should().HaveCountGreaterThan(5_000);
        Names(remembering).Should().Equal(expected);
        Names(remembering).Should().Equal(expected, "the second reading answers from the remembered names");
    }
}
