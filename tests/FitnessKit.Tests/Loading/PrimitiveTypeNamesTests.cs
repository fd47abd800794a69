using System.Reflection.Metadata;
using FitnessKit.Loading.Contracts;
using FitnessKit.Loading.Il;
using FluentAssertions;
using Xunit;

namespace FitnessKit.Tests.Loading;

/// <summary>
/// The names signature readers give primitive types, written out by switches (naming a value of the metadata
/// library's one-byte enum makes the runtime compile a sorted table of its names at every start), against the enum's
/// own names: the runtime's, for every value it defines.
/// </summary>
public sealed class PrimitiveTypeNamesTests
{
    public static TheoryData<string> Codes()
    {
        var data = new TheoryData<string>();
        foreach (var name in Enum.GetNames<PrimitiveTypeCode>())
        {
            data.Add(name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void The_type_use_reader_names_each_primitive_type_as_the_enum_does(string name)
    {
        // Given a primitive type code
        var code = Enum.Parse<PrimitiveTypeCode>(name);

        // When the readers of type uses name it
        var written = TypeUseProvider.NameOf(code);

        // Then the name is the enum value's
        written.Should().Be(code.ToString());
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void The_contract_reader_names_each_primitive_type_by_its_CSharp_keyword_or_its_lower_case_name(string name)
    {
        // Given a primitive type code, and what C# calls it where it has a keyword of another spelling
        var code = Enum.Parse<PrimitiveTypeCode>(name);
        var keywords = new Dictionary<PrimitiveTypeCode, string>
        {
            [PrimitiveTypeCode.Boolean] = "bool", [PrimitiveTypeCode.Int16] = "short", [PrimitiveTypeCode.UInt16] = "ushort",
            [PrimitiveTypeCode.Int32] = "int", [PrimitiveTypeCode.UInt32] = "uint", [PrimitiveTypeCode.Int64] = "long",
            [PrimitiveTypeCode.UInt64] = "ulong", [PrimitiveTypeCode.Single] = "float", [PrimitiveTypeCode.IntPtr] = "nint",
            [PrimitiveTypeCode.UIntPtr] = "nuint", [PrimitiveTypeCode.TypedReference] = "System.TypedReference",
        };

        // When the contract reader names it
        var node = new SignatureNodeProvider(null!).GetPrimitiveType(code);

        // Then it is the keyword, or the enum value's name in lower case (byte, char, double, object, string, void, ...)
        node.Name.Should().Be(keywords.GetValueOrDefault(code) ?? code.ToString().ToLowerInvariant());
    }
}
