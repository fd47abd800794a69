using System.Globalization;
using System.Reflection.Metadata;

namespace FitnessKit.Loading.Contracts;

/// <summary>
/// The names and numbers a member goes by on the wire, as its attributes give them: what a message's consumers read
/// it by, whatever the member is called in C#. Each is written as the attribute would be, in a canonical form:
/// <c>JsonPropertyName("total")</c> (System.Text.Json), <c>JsonProperty("total")</c> (Newtonsoft.Json, by its
/// constructor or <c>PropertyName</c>), <c>DataMember(Name = "total")</c>, <c>EnumMember(Value = "shipped")</c>,
/// <c>JsonStringEnumMemberName("shipped")</c> and <c>ProtoMember(3)</c> (protobuf-net's field number). An attribute
/// that leaves the serializer's default (<c>[DataMember]</c> alone) gives none.
/// </summary>
internal static class SerializationNames
{
    /// <summary>The serializers' attributes: full name, the name written, and the argument that names the member.</summary>
    private static readonly (string FullName, string Written, Argument Argument)[] Attributes =
    [
        ("System.Text.Json.Serialization.JsonPropertyNameAttribute", "JsonPropertyName", new(Fixed: true, Named: null)),
        ("System.Text.Json.Serialization.JsonStringEnumMemberNameAttribute", "JsonStringEnumMemberName", new(Fixed: true, Named: null)),
        ("Newtonsoft.Json.JsonPropertyAttribute", "JsonProperty", new(Fixed: true, Named: "PropertyName")),
        ("System.Runtime.Serialization.DataMemberAttribute", "DataMember", new(Fixed: false, Named: "Name")),
        ("System.Runtime.Serialization.EnumMemberAttribute", "EnumMember", new(Fixed: false, Named: "Value")),
        ("ProtoBuf.ProtoMemberAttribute", "ProtoMember", new(Fixed: true, Named: null)),
    ];

    /// <summary>The wire names of a member, in ordinal order; empty when its attributes name none.</summary>
    /// <param name="reader">The contract assembly's metadata.</param>
    /// <param name="attributes">The member's attributes.</param>
    public static IReadOnlyList<string> Of(MetadataReader reader, CustomAttributeHandleCollection attributes)
    {
        List<string>? names = null;
        foreach (var handle in attributes)
        {
            var attribute = reader.GetCustomAttribute(handle);
            var fullName = ContractNames.AttributeType(reader, attribute);
            var index = Array.FindIndex(Attributes, a => a.FullName == fullName);
            if (index < 0)
            {
                continue;
            }

            var (_, written, argument) = Attributes[index];
            CustomAttributeValue<string> value;
            try
            {
                value = attribute.DecodeValue(AttributeArgumentTypes.Instance);
            }
            catch (BadImageFormatException)
            {
                continue;
            }

            var named = argument.Named is null ? null : value.NamedArguments.FirstOrDefault(a => a.Name == argument.Named).Value;
            var given = named ?? (argument.Fixed && value.FixedArguments.Length > 0 ? value.FixedArguments[0].Value : null);
            if (Written(given) is not { } text)
            {
                continue;
            }

            (names ??= []).Add(argument.Fixed ? $"{written}({text})" : $"{written}({argument.Named} = {text})");
        }

        return names is null ? [] : [.. names.Order(StringComparer.Ordinal)];
    }

    /// <summary>A name as a C# string literal, a field number as digits; anything else gives none.</summary>
    private static string? Written(object? value) => value switch
    {
        string name => "\"" + name.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"",
        int number => number.ToString(CultureInfo.InvariantCulture),
        _ => null,
    };

    /// <param name="Fixed">Whether the constructor's first argument names the member.</param>
    /// <param name="Named">The named argument that names it, if any.</param>
    private readonly record struct Argument(bool Fixed, string? Named);
}
